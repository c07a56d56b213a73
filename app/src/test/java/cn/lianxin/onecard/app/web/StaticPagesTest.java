package cn.lianxin.onecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our pages run under a Content-Security-Policy without {@code 'unsafe-inline'}: a page with
 * inline script or style would stop working in the browser. This keeps every page of
 * {@code static/} free of it — script elements only with {@code src}, no {@code on…=} handler
 * attributes, no {@code javascript:} addresses, no {@code <style>} blocks or {@code style=}
 * attributes.
 */
class StaticPagesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style\\b|<[a-z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(href|src|action)\\s*=\\s*[\"']?\\s*javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void shouldHaveNoInlineScriptInAnyPage() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(STATIC)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).as("the landing page and the rules page").hasSizeGreaterThanOrEqualTo(2);
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Matcher script = SCRIPT.matcher(html);
            while (script.find()) {
                if (!script.group(1).toLowerCase().contains("src=")) {
                    found.add(page + ": inline <script> at offset " + script.start());
                }
            }
            if (HANDLER.matcher(html).find()) {
                found.add(page + ": an on…= event handler attribute");
            }
            if (STYLE.matcher(html).find()) {
                found.add(page + ": inline style (a <style> block or a style= attribute)");
            }
            if (JAVASCRIPT_URL.matcher(html).find()) {
                found.add(page + ": a javascript: address");
            }
        }
        assertThat(found).as("move inline script into a .js file and inline style into a .css file beside the page")
                .isEmpty();
    }
}
