package org.myknees.adapter.rest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.myknees.adapter.rest.importing.UploadForm.Part;
import org.myknees.adapter.rest.problem.InvalidRequestException;
import org.myknees.application.importing.port.in.ImportStatementCommand;
import org.myknees.domain.account.AccountCode;
import org.myknees.domain.account.ImportFormat;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.household.UserId;

class UploadFormTest {

    @Test
    void files_and_fields_become_one_command_per_file_in_upload_order() {
        UploadForm form = UploadForm.read(List.of(file("march.ofx", "OFX-A"), field("account", "CHK"),
                field("format", "csv:ally-bank"), field("dryRun", "true"), field("strict", "TRUE"),
                field("createAccounts", "false"), file("april.csv", "CSV-B"), field("explain", "true")));
        UserId actor = UserId.newId();
        HouseholdId household = HouseholdId.newId();

        List<ImportStatementCommand> commands = form.commands(actor, household);

        assertThat(commands).extracting(ImportStatementCommand::fileName).containsExactly("march.ofx", "april.csv");
        assertThat(new String(commands.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("CSV-B");
        assertThat(commands).allSatisfy(c -> {
            assertThat(c.actor()).isEqualTo(actor);
            assertThat(c.household()).isEqualTo(household);
            assertThat(c.account()).contains(new AccountCode("CHK"));
            assertThat(c.format()).contains(new ImportFormat("csv:ally-bank"));
            assertThat(c.dryRun()).isTrue();
            assertThat(c.strict()).isTrue();
            assertThat(c.createAccounts()).isFalse();
        });
        assertThat(form.explain()).isTrue();
    }

    @Test
    void fields_left_out_or_empty_mean_detect_the_format_match_accounts_and_write() {
        UploadForm form = UploadForm.read(List.of(file("a.qif", "!Type:Bank"), field("account", " ")));

        ImportStatementCommand command = form.commands(UserId.newId(), HouseholdId.newId()).get(0);

        assertThat(command.account()).isEmpty();
        assertThat(command.format()).isEmpty();
        assertThat(command.dryRun() || command.strict() || command.createAccounts()).isFalse();
        assertThat(form.asDryRun().commands(UserId.newId(), HouseholdId.newId()).get(0).dryRun()).isTrue();
    }

    @Test
    void an_upload_without_a_file_names_the_missing_field() {
        assertThatThrownBy(() -> UploadForm.read(List.of(field("dryRun", "true"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }

    @Test
    void an_unknown_part_is_reported_rather_than_ignored() {
        assertThatThrownBy(() -> UploadForm.read(List.of(file("a.ofx", "x"), field("dryrun", "true"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("dryrun");
                    assertThat(e.getMessage()).contains("dryRun");
                });
    }

    @Test
    void a_field_given_twice_is_refused() {
        assertThatThrownBy(() -> UploadForm.read(List.of(file("a.ofx", "x"), field("account", "A"),
                field("account", "B"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("account"));
    }

    @Test
    void malformed_fields_are_validation_problems_naming_the_field() {
        for (Part bad : List.of(field("dryRun", "yes"), field("format", "not a format!"), field("account", "a b/c"))) {
            assertThatThrownBy(() -> UploadForm.read(List.of(file("a.ofx", "x"), bad)))
                    .as(bad.name())
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.field()).isEqualTo(bad.name()));
        }
    }

    @Test
    void the_batch_keeps_the_last_segment_of_the_clients_file_name() {
        assertThat(UploadForm.fileName(Optional.of("C:\\Users\\ada\\Downloads\\stmt.ofx"), 1)).isEqualTo("stmt.ofx");
        assertThat(UploadForm.fileName(Optional.of("../../statements/stmt.csv"), 1)).isEqualTo("stmt.csv");
        assertThat(UploadForm.fileName(Optional.of("  plain.qif "), 1)).isEqualTo("plain.qif");
        assertThat(UploadForm.fileName(Optional.empty(), 3)).isEqualTo("upload-3");
        assertThat(UploadForm.fileName(Optional.of("dir/"), 2)).isEqualTo("upload-2");
    }

    private static Part file(String name, String content) {
        return new Part("file", Optional.of(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static Part field(String name, String value) {
        return new Part(name, Optional.empty(), value.getBytes(StandardCharsets.UTF_8));
    }
}
