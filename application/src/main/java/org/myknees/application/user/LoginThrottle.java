package org.myknees.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.myknees.application.user.port.in.TooManyAttemptsException;

/**
 * The brute-force policy of logins: within a sliding window, an account accepts a few failed attempts and a
 * client address somewhat more (one address may serve several people); beyond that, logins for that account
 * or from that address are refused until the oldest failure leaves the window. A success clears the
 * account's failures. Counts live in this process only.
 */
public final class LoginThrottle {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        if (maxPerAccount < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("Throttle limits must be at least 1");
        }
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Refuses the attempt when the account or the address is over its limit. */
    public void check(String account, String address) {
        Instant now = clock.instant();
        refuseIfOver("account:" + account, maxPerAccount, now);
        refuseIfOver("address:" + address, maxPerAddress, now);
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        add("account:" + account, now);
        add("address:" + address, now);
    }

    public void recordSuccess(String account) {
        failures.remove("account:" + account);
    }

    private void refuseIfOver(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() >= max) {
                throw new TooManyAttemptsException(Duration.between(now, times.peekFirst().plus(window)));
            }
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
