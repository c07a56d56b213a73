package cn.lianxin.onecard.app.platform;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves the {@code META-INF/resources} of jars that reach the class path through a jar's
 * manifest {@code Class-Path}, as Spring Boot serves those of the jars it sees.
 *
 * <p>Why: the Camunda webapps load their plugin assets ({@code /camunda/api/tasklist/plugin/
 * tasklistPlugins/static/app/plugin.js}, the same for Cockpit and Admin) through
 * {@code ServletContext.getResourceAsStream("/plugin/tasklist/app/plugin.js")}, i.e. from the
 * {@code META-INF/resources} of camunda-webapp-webjar. Spring Boot registers such jars with Tomcat
 * from the class loader's URLs, or — when the class loader is not a {@code URLClassLoader} — from
 * {@code java.class.path}. The fat jar's loader lists every nested jar, so {@code java -jar
 * onecard-app.jar} works. The extracted layout {@code bin/run} starts ({@code -Djarmode=tools
 * extract}: {@code onecard-app.jar} + {@code lib/}, for class-data sharing) runs on the JDK's
 * application class loader with {@code java.class.path} = the one jar, whose manifest names
 * {@code lib/*.jar}: Spring Boot never reads that manifest, Tomcat never hears of the webjar, and
 * every plugin asset answered 404 — a Tasklist that never loads. This fills exactly that gap and
 * adds nothing on the fat jar (its manifest has no {@code Class-Path}).
 */
@Component
class ManifestClassPathWebResources implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(ManifestClassPathWebResources.class);
    private static final String RESOURCES = "META-INF/resources";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<URL> jars = resourceJars(ManagementFactory.getRuntimeMXBean().getClassPath());
        if (jars.isEmpty()) {
            return;
        }
        log.info("Serving META-INF/resources of {} jars named by a manifest Class-Path", jars.size());
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                for (URL jar : jars) {
                    context.getResources().createWebResourceSet(
                            WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar, "/" + RESOURCES);
                }
            }
        }));
    }

    /**
     * The jars named by the manifest {@code Class-Path} of the jars on {@code classPath} that hold
     * a {@code META-INF/resources} folder, in class-path order.
     */
    static List<URL> resourceJars(String classPath) {
        Set<Path> named = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                named.addAll(manifestClassPath(jar));
            }
        }
        List<URL> withResources = new ArrayList<>();
        for (Path jar : named) {
            if (holdsWebResources(jar)) {
                withResources.add(toUrl(jar));
            }
        }
        return withResources;
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> paths = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return paths;
            }
            URI base = jar.getParent().toUri();
            for (String relative : classPath.trim().split("\\s+")) {
                Path path = Path.of(base.resolve(relative));
                if (relative.endsWith(".jar") && Files.isRegularFile(path)) {
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot read the manifest of {}: {}", jar, e.getMessage());
        }
        return paths;
    }

    private static boolean holdsWebResources(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            // as Spring Boot decides it for the jars it sees: the folder's entry
            return file.getJarEntry(RESOURCES) != null;
        } catch (IOException e) {
            log.warn("Cannot read {}: {}", jar, e.getMessage());
            return false;
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(jar + " has no URL", e);
        }
    }
}
