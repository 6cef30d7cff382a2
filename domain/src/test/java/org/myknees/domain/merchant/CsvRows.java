package org.myknees.domain.merchant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myknees.domain.csv.CsvLine;

/** Reads the small CSV files of these tests: a header, then rows whose fields may be double-quoted. */
final class CsvRows {

    /** The labelled evaluation set: real-looking bank descriptors written apart from the directory's aliases. */
    static final String EVALUATION_SET = "/org/myknees/domain/merchant/evaluation-descriptors.csv";

    private CsvRows() {
    }

    /** Rows of a classpath resource as maps from header name to field, in file order. */
    static List<Map<String, String>> read(String resource) {
        try (InputStream in = CsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + resource + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> read(BufferedReader reader, String source) throws IOException {
        List<String> header = CsvLine.split(reader.readLine());
        List<Map<String, String>> rows = new ArrayList<>();
        int line = 1;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.split(text);
            if (fields.size() != header.size()) {
                throw new IllegalStateException(source + " line " + line + " has " + fields.size()
                        + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
