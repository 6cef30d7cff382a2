package org.myknees.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every package of every module's main sources carries a package-info.java that says its role. */
class PackageInfoTest {

    @Test
    void everyMainPackageOfEveryModuleHasAPackageInfo() {
        Path root = PackageInfoCheck.repositoryRoot(Path.of(""));
        List<Path> sourceRoots = PackageInfoCheck.mainSourceRoots(root);

        assertThat(sourceRoots).as("main source trees found below %s", root)
                .contains(root.resolve("domain/src/main/java"), root.resolve("application/src/main/java"));
        assertThat(sourceRoots.stream().flatMap(dir -> PackageInfoCheck.packagesWithoutPackageInfo(dir).stream())
                .map(root::relativize))
                .as("packages without package-info.java")
                .isEmpty();
    }

    @Test
    void packageWithClassesButNoPackageInfoIsReported(@TempDir Path repository) throws IOException {
        Path sources = repository.resolve("adapters/rest/src/main/java");
        write(sources.resolve("org/example/rest/package-info.java"));
        write(sources.resolve("org/example/rest/Resource.java"));
        write(sources.resolve("org/example/rest/account/AccountResource.java"));
        write(repository.resolve("adapters/rest/target/generated-sources/src/main/java/org/gen/Generated.java"));
        write(repository.resolve(".git/src/main/java/org/hidden/Hidden.java"));

        assertThat(PackageInfoCheck.mainSourceRoots(repository)).containsExactly(sources);
        assertThat(PackageInfoCheck.packagesWithoutPackageInfo(sources))
                .containsExactly(sources.resolve("org/example/rest/account"));
    }

    @Test
    void repositoryRootIsTheDirectoryWhosePomListsThisModule(@TempDir Path repository) throws IOException {
        Files.writeString(repository.resolve("pom.xml"), "<modules><module>architecture-tests</module></modules>");
        Path module = Files.createDirectories(repository.resolve("architecture-tests"));
        Files.writeString(module.resolve("pom.xml"), "<parent><artifactId>myknees-parent</artifactId></parent>");

        assertThat(PackageInfoCheck.repositoryRoot(module)).isEqualTo(repository.toAbsolutePath());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}
