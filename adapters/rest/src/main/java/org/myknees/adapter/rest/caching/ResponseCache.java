package org.myknees.adapter.rest.caching;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.myknees.domain.household.HouseholdId;

/**
 * Serialized responses of {@link RevisionedRead} requests, bounded by their total size: the least recently used
 * go first. A key holds the household's data revision, so a write makes the entries of older revisions
 * unreachable; they age out. With a bound of 0 nothing is kept.
 */
public final class ResponseCache {

    /** What an entry costs besides its body: the key, the tag and the map's own objects, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /**
     * Who may read a response is checked before the cache is asked, so the key does not name the reader.
     *
     * @param uri the request's raw path and query
     * @param day the UTC date, for reads whose answer defaults to the current month
     */
    public record Key(HouseholdId household, long revision, String uri, LocalDate day) {
        public Key {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(day, "day");
        }
    }

    /** A response as sent: its body, media type and entity tag (quoted, as in the header). */
    public record Entry(byte[] body, String mediaType, String etag) {
        public Entry {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(etag, "etag");
        }

        long size(Key key) {
            return body.length + 2L * (key.uri().length() + mediaType.length() + etag.length()) + ENTRY_OVERHEAD;
        }
    }

    /** @param maxBytes the bound of the total size of the entries; 0 keeps nothing */
    public ResponseCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public boolean enabled() {
        return maxBytes > 0;
    }

    public synchronized Optional<Entry> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps the entry unless it alone exceeds the bound, evicting the least recently used to make room. */
    public synchronized void put(Key key, Entry entry) {
        long size = entry.size(key);
        if (size > maxBytes) {
            return;
        }
        Entry previous = entries.put(key, entry);
        if (previous != null) {
            bytes -= previous.size(key);
        }
        bytes += size;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, Entry> out = eldest.next();
            bytes -= out.getValue().size(out.getKey());
            eldest.remove();
        }
    }

    /** The total size of the entries, as counted against the bound. */
    public synchronized long size() {
        return bytes;
    }
}
