package cn.lianxin.onecard.app.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each app's supported customisation files, scripts/config.js and styles/user-styles.css: ours
 * are the ones served, config.js declares zh-CN (the fallback) next to en and keeps what the
 * webjar's has, and user-styles.css hides the Camunda 8 strip and gives back every pixel the
 * webjar's stylesheet reserves for it.
 */
class WebappsCustomisationTest {

    private static final Pattern AVAILABLE = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern FALLBACK = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern PROPERTY_NAME = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*:");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    /** A length the banner's 20px went into: 45px + 20px = 65px, or the sum spelled out. */
    private static final Pattern BANNER_SPACE = Pattern.compile("65px|\\+\\s*20px");
    private static final Set<String> VERTICAL = Set.of("top", "padding-top", "margin-top", "height", "min-height", "max-height");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void ourFilesAreTheOnesServed(String app) {
        for (String file : List.of("scripts/config.js", "styles/user-styles.css")) {
            assertThat(WebjarFiles.webjar(app + "/" + file)).as("the webjar has %s/%s", app, file).isNotNull();
            assertThat(WebjarFiles.served(app + "/" + file).toString()).as("%s/%s on the classpath first", app, file)
                    .isEqualTo(WebjarFiles.ours(app + "/" + file).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void configRegistersChineseAsTheFallback(String app) {
        String config = WebjarFiles.withoutComments(WebjarFiles.text(WebjarFiles.ours(app + "/scripts/config.js")));
        Matcher available = AVAILABLE.matcher(config);
        assertThat(available.find()).as("%s config.js declares locales.availableLocales", app).isTrue();
        List<String> locales = List.of(available.group(1).replaceAll("['\"\\s]", "").split(","));
        assertThat(locales).as("%s availableLocales", app).containsExactlyInAnyOrder("zh-CN", "en");
        Matcher fallback = FALLBACK.matcher(config);
        assertThat(fallback.find()).as("%s config.js declares locales.fallbackLocale", app).isTrue();
        assertThat(fallback.group(1)).as("%s fallbackLocale", app).isEqualTo("zh-CN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void configKeepsWhatTheWebjarsHas(String app) {
        String theirs = WebjarFiles.withoutComments(WebjarFiles.text(WebjarFiles.webjar(app + "/scripts/config.js")));
        String ours = WebjarFiles.withoutComments(WebjarFiles.text(WebjarFiles.ours(app + "/scripts/config.js")));
        List<String> settings = names(theirs);
        assertThat(names(ours)).as("%s config.js settings", app).containsAll(settings);
        if (app.equals("tasklist")) {
            assertThat(settings).contains("shortcuts", "claimTask", "startProcess");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void userStylesHideTheBanner(String app) {
        List<Declaration> ours = declarations(WebjarFiles.text(WebjarFiles.ours(app + "/styles/user-styles.css")));
        assertThat(last(ours, "[cam-widget-header] .ce-eol-banner", "display"))
                .as("%s user-styles.css: [cam-widget-header] .ce-eol-banner { display }", app)
                .isEqualTo("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void userStylesGiveBackTheSpaceTheBannerReserves(String app) {
        List<Declaration> bootstrap = declarations(WebjarFiles.text(WebjarFiles.webjar(app + "/camunda-" + app + "-bootstrap.css")));
        List<Declaration> ours = declarations(WebjarFiles.text(WebjarFiles.ours(app + "/styles/user-styles.css")));
        List<Declaration> reserved = bootstrap.stream()
                .filter(d -> VERTICAL.contains(d.property()) && BANNER_SPACE.matcher(d.value()).find())
                .toList();
        // body { padding-top } in every app, plus the app's main container
        assertThat(reserved).as("%s: what the webjar's stylesheet reserves for the banner", app).hasSizeGreaterThanOrEqualTo(2);
        for (Declaration d : reserved) {
            assertThat(last(ours, d.selector(), d.property()))
                    .as("%s user-styles.css overrides %s { %s: %s }", app, d.selector(), d.property(), d.value())
                    .isNotNull()
                    .doesNotContainPattern(BANNER_SPACE)
                    .doesNotContain("20px");
        }
    }

    /** One declaration of a stylesheet: selector { property: value }. */
    private record Declaration(String selector, String property, String value) {
    }

    /**
     * The declarations of the innermost rules, in order (a rule inside @media counts under its
     * own selector; Camunda's media queries do not touch the banner's offsets).
     */
    private static List<Declaration> declarations(String css) {
        List<Declaration> all = new ArrayList<>();
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            for (String selector : m.group(1).split(",")) {
                String normalised = String.join(" ", selector.strip().split("\\s+"));
                for (String d : m.group(2).split(";")) {
                    if (d.contains(":")) {
                        all.add(new Declaration(normalised, d.substring(0, d.indexOf(':')).strip(),
                                d.substring(d.indexOf(':') + 1).strip()));
                    }
                }
            }
        }
        return all;
    }

    /** The value the browser applies: the last declaration of the property for the selector. */
    private static String last(List<Declaration> declarations, String selector, String property) {
        String value = null;
        for (Declaration d : declarations) {
            if (d.selector().equals(selector) && d.property().equals(property)) {
                value = d.value();
            }
        }
        return value;
    }

    private static List<String> names(String code) {
        List<String> names = new ArrayList<>();
        Matcher m = PROPERTY_NAME.matcher(code.replaceAll("'[^']*'|\"[^\"]*\"", "''"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
