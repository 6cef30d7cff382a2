package org.myknees.bootstrap.cli;

import java.util.Locale;
import java.util.Map;
import org.myknees.application.household.port.in.HouseholdCommands.AddMemberCommand;
import org.myknees.domain.household.MemberRole;
import org.myknees.domain.household.UserId;
import org.myknees.domain.user.EmailAddress;
import org.myknees.domain.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code members add}: lets a user of the REST API (who signed up there) into the household this machine's local
 * user owns, for example one filled by {@code import}.
 */
@Command(name = "members", description = "Share the household with users of the REST API.",
        subcommands = {MembersCommand.Add.class})
final class MembersCommand {

    @Command(name = "add", description = "Make a user who signed up through the REST API a member of the household.")
    static final class Add extends CliCommand {

        @Parameters(index = "0", paramLabel = "EMAIL", description = "The address the user signed up with.")
        String email;

        @Option(names = "--role", defaultValue = "editor",
                description = "owner, editor or viewer (default: ${DEFAULT-VALUE}).")
        String role;

        @Override
        void execute(MykneesCli cli) {
            EmailAddress address = new EmailAddress(email);
            UserId member = cli.backend().store().users().findByEmail(address).map(User::id)
                    .orElseThrow(() -> new IllegalArgumentException("No user signed up with " + address
                            + "; sign up first (POST /api/v1/users)"));
            MemberRole memberRole = memberRole();
            cli.backend().households().addMember(new AddMemberCommand(cli.actor(), cli.household().id(), member,
                    memberRole));
            if (cli.json()) {
                Output.json(cli.out(), Map.of("household", cli.household().id().toString(),
                        "member", member.toString(), "role", memberRole.name()));
            } else {
                cli.out().println(address + " is now " + memberRole.name().toLowerCase(Locale.ROOT) + " of '"
                        + cli.household().name() + "'.");
            }
        }

        private MemberRole memberRole() {
            try {
                return MemberRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--role '" + role + "' is not owner, editor or viewer");
            }
        }
    }
}
