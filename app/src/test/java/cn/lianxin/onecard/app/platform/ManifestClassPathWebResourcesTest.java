package cn.lianxin.onecard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extracted layout bin/run starts: one jar whose manifest names lib/*.jar. */
class ManifestClassPathWebResourcesTest {

    @TempDir
    Path dir;

    @Test
    void shouldFindTheWebjarsThatOnlyTheManifestClassPathNames() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        jar(lib.resolve("camunda-webapp-webjar.jar"), null, "META-INF/resources/plugin/tasklist/app/plugin.js");
        jar(lib.resolve("camunda-engine.jar"), null, "org/camunda/Engine.class");
        Path app = jar(dir.resolve("onecard-app.jar"), "lib/camunda-webapp-webjar.jar lib/camunda-engine.jar lib/missing.jar",
                "cn/lianxin/App.class");

        assertThat(ManifestClassPathWebResources.resourceJars(app.toString()))
                .extracting(url -> Path.of(url.getPath()).getFileName().toString())
                .containsExactly("camunda-webapp-webjar.jar");
    }

    @Test
    void shouldAddNothingForAJarWithoutManifestClassPath() throws IOException {
        Path fat = jar(dir.resolve("fat.jar"), null, "META-INF/resources/index.html");

        assertThat(ManifestClassPathWebResources.resourceJars(fat + java.io.File.pathSeparator + dir.resolve("classes")))
                .isEmpty();
    }

    private static Path jar(Path path, String classPath, String entry) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            // the folders first, as the jar and Maven archivers write them
            String[] parts = entry.split("/");
            StringBuilder folder = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                folder.append(parts[i]).append('/');
                jar.putNextEntry(new JarEntry(folder.toString()));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry(entry));
            jar.write(new byte[] {1});
            jar.closeEntry();
        }
        return path;
    }
}
