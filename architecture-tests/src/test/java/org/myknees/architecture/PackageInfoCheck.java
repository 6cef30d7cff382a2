package org.myknees.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the source packages that lack a {@code package-info.java}. It reads the source trees rather than
 * classes because whether javac writes a {@code package-info.class} for a package without annotations depends
 * on compiler options.
 */
final class PackageInfoCheck {

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final String ROOT_MARK = "<module>architecture-tests</module>";

    private PackageInfoCheck() {
    }

    /** The repository root: the nearest directory at or above {@code start} whose pom lists this module. */
    static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains(ROOT_MARK)) {
                return dir;
            }
        }
        throw new IllegalStateException("No pom.xml listing module architecture-tests at or above "
                + start.toAbsolutePath());
    }

    /** Every {@code src/main/java} below {@code root}, skipping build output and hidden directories. */
    static List<Path> mainSourceRoots(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || name.equals("target"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dir.endsWith(MAIN_SOURCES)) {
                        found.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream().sorted().toList();
    }

    /** The directories below {@code sourceRoot} that hold .java files but no package-info.java. */
    static List<Path> packagesWithoutPackageInfo(Path sourceRoot) {
        try (Stream<Path> dirs = Files.walk(sourceRoot)) {
            return dirs.filter(Files::isDirectory)
                    .filter(dir -> holdsJavaFiles(dir) && !Files.isRegularFile(dir.resolve("package-info.java")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJavaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
