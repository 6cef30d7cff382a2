package org.myknees.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myknees.bootstrap.Backend;
import org.myknees.bootstrap.DataDirectory;
import org.myknees.domain.household.Household;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;

/** {@code members add} lets a user who signed up through the REST API into the local user's household. */
class MembersCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path data;
    private static Backend backend;
    private static Map<String, String> environment;

    @BeforeAll
    static void openStore() {
        environment = Map.of(DataDirectory.ENVIRONMENT_VARIABLE, data.toString());
        backend = Backend.open(new DataDirectory(data), environment, CLOCK);
    }

    @AfterAll
    static void closeStore() {
        backend.close();
    }

    @Test
    void aSignedUpUserBecomesAMemberWithTheGivenRole() {
        User user = backend.store().users().save(User.signUp(UserId.newId(), new EmailAddress("rest@example.org"),
                "an opaque hash", CLOCK.instant()));

        String[] result = run("--household", "shared", "members", "add", "REST@example.org", "--role", "viewer");

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("rest@example.org is now viewer of 'shared'");
        Household shared = backend.households().listHouseholds(user.id()).stream()
                .filter(h -> h.name().equals("shared")).findFirst().orElseThrow();
        assertThat(shared.roleOf(user.id())).contains(MemberRole.VIEWER);
    }

    @Test
    void anAddressNobodySignedUpWithIsAClearError() {
        String[] result = run("--household", "shared", "members", "add", "nobody@example.org");

        assertThat(result[0]).isEqualTo("1");
        assertThat(result[2]).contains("No user signed up with nobody@example.org");
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MykneesCli.on(backend, environment, CLOCK).run(args, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
