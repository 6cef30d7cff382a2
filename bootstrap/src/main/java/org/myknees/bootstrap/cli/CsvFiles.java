package org.myknees.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the plain RFC 4180 CSV files of the command line (UTF-8, a header, quoted fields). */
final class CsvFiles {

    private CsvFiles() {
    }

    /** The next record, or empty at the end; quoted fields may hold commas, quotes and line breaks. */
    static Optional<List<String>> next(BufferedReader reader) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return Optional.empty();
        }
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) {
                break;
            }
            String more = reader.readLine();
            if (more == null) {
                break;
            }
            field.append('\n');
            line = more;
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }

    static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write('\n');
    }

    /** The index of a header column, compared without regard to case; -1 when absent. */
    static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
