package org.myknees.adapter.bankformat.camt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.myknees.application.importing.port.out.ParseContext;
import org.myknees.application.importing.port.out.ParsedFile;
import org.myknees.application.importing.port.out.ParsedStatement;
import org.myknees.application.importing.port.out.QuarantinedRow;
import org.myknees.application.importing.port.out.StatementParseException;

/**
 * A ZIP archive of CAMT files, as banks deliver daily statements in bulk. Each {@code .xml} member is read as a
 * file of its own and the results are joined in archive order. Sizes are capped, so a crafted archive cannot
 * exhaust memory; a member that cannot be read rejects the whole archive, naming the member.
 */
final class CamtArchive {

    private static final int MAX_MEMBERS = 1_000;
    private static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private CamtArchive() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Reads every XML member with {@code reader}, given a context naming the member inside the archive. */
    static ParsedFile read(byte[] content, ParseContext context, Function<Member, ParsedFile> reader) {
        List<ParsedStatement> statements = new ArrayList<>();
        List<QuarantinedRow> quarantined = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int members = 0;
        for (Member member : members(content, context)) {
            members++;
            ParsedFile file = reader.apply(member);
            statements.addAll(file.statements());
            file.quarantined().forEach(row -> quarantined.add(new QuarantinedRow(row.line(), row.field(),
                    member.name() + ": " + row.reason(), row.text())));
            warnings.addAll(file.warnings());
        }
        if (members == 0) {
            throw new StatementParseException(context.fileName(), 0, "the ZIP archive holds no .xml file");
        }
        return new ParsedFile(statements, List.of(), quarantined, warnings);
    }

    private static List<Member> members(byte[] content, ParseContext context) {
        List<Member> members = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".xml")
                        || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (members.size() == MAX_MEMBERS) {
                    throw reject(context, "the ZIP archive holds more than " + MAX_MEMBERS + " XML files");
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_TOTAL_BYTES) {
                        throw reject(context, "the ZIP archive unpacks to more than " + MAX_TOTAL_BYTES / 1024 / 1024
                                + " MB");
                    }
                    bytes.write(buffer, 0, read);
                }
                ParseContext memberContext = new ParseContext(context.fileName() + "!" + name,
                        context.defaultCurrency(), context.charset(), context.options());
                members.add(new Member(name, bytes.toByteArray(), memberContext));
            }
        } catch (StatementParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ZipInputStream reports some corrupt headers with unchecked exceptions.
            throw new StatementParseException(context.fileName(), 0, "not a readable ZIP archive: " + e.getMessage(),
                    e);
        }
        return members;
    }

    private static StatementParseException reject(ParseContext context, String reason) {
        return new StatementParseException(context.fileName(), 0, reason);
    }

    /** One XML file inside the archive, with a context that names it for messages. */
    record Member(String name, byte[] content, ParseContext context) {
    }
}
