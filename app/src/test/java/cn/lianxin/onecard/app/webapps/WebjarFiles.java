package cn.lianxin.onecard.app.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda webapp files on the test classpath, as the starter serves them: it maps
 * /camunda/app/** to classpath:/META-INF/resources/webjars/camunda/app/, where both the webjar
 * (camunda-webapp-webjar-*.jar) and our resources (app/src/main/resources) have files, and a
 * class loader answers with the first copy. Ours come from a directory before the jars here
 * (target/classes); in the fat jar they stay at the jar's root, on the parent class loader,
 * which is asked first (docs/webapps.md).
 */
final class WebjarFiles {

    static final String APP = "META-INF/resources/webjars/camunda/app/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern PRINTF = Pattern.compile("%[sd]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|strong|em|i|code|span|p|ul|li|div)\\b[^>]*>");

    private WebjarFiles() {
    }

    /** Every copy of {@code APP + path} on the classpath, in class-loader order. */
    static List<URL> all(String path) {
        try {
            return Collections.list(WebjarFiles.class.getClassLoader().getResources(APP + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy a class loader serves: the first one. */
    static URL served(String path) {
        List<URL> all = all(path);
        if (all.isEmpty()) {
            throw new AssertionError(APP + path + " is not on the classpath");
        }
        return all.get(0);
    }

    /** The copy inside Camunda's webjar. */
    static URL webjar(String path) {
        return all(path).stream().filter(WebjarFiles::isWebjar).findFirst()
                .orElseThrow(() -> new AssertionError(APP + path + " is not in camunda-webapp-webjar"));
    }

    /** Our copy (from our resources, not from a jar), if there is one. */
    static Optional<URL> oursIfPresent(String path) {
        return all(path).stream().filter(url -> "file".equals(url.getProtocol())).findFirst();
    }

    static URL ours(String path) {
        return oursIfPresent(path).orElseThrow(() -> new AssertionError(
                APP + path + " is missing from app/src/main/resources"));
    }

    static boolean isWebjar(URL url) {
        return url.toString().contains("camunda-webapp-webjar");
    }

    /** UTF-8 text without the byte-order mark several of Camunda's en.json files start with. */
    static String text(URL url) {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The leaves of a locale file by path, in file order: {@code labels.CLAIM_TASK},
     * {@code dateLocales.months[0]}, {@code dateLocales.week.dow}.
     */
    static Map<String, JsonNode> leaves(URL url) {
        try {
            Map<String, JsonNode> leaves = new LinkedHashMap<>();
            collect(JSON.readTree(text(url)), "", leaves);
            return leaves;
        } catch (IOException e) {
            throw new UncheckedIOException(url + " is not JSON", e);
        }
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }

    /** A Han character: the value is (at least partly) Chinese. */
    static boolean hasChinese(String value) {
        return value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The {{ … }} interpolations of a value, spaces inside the braces ignored: "{{name}}". */
    static List<String> placeholders(String value) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{{" + m.group(1) + "}}");
        }
        return found;
    }

    /** The printf-style markers (moment's relativeTime "%d months", "in %s"). */
    static List<String> printfMarkers(String value) {
        return matches(PRINTF, value);
    }

    /** The HTML tags of a value (rendered with ng-bind-html), attributes included. */
    static List<String> htmlTags(String value) {
        return matches(HTML_TAG, value);
    }

    private static List<String> matches(Pattern pattern, String value) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** JavaScript without its comments (Camunda's config.js keeps its examples commented out). */
    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)(^|\\s)//.*$", "$1");
    }
}
