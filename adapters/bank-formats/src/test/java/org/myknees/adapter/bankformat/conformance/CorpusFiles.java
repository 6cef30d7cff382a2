package org.myknees.adapter.bankformat.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The data files of a corpus folder: everything but EXPECTED.json and the upstream expected outputs. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    public static List<Path> in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(CorpusFiles::isData).sorted().toList();
        }
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.equals("EXPECTED.json") && !name.contains(".expected.");
    }
}
