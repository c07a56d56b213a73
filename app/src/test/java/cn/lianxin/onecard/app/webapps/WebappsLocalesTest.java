package cn.lianxin.onecard.app.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Simplified Chinese for Tasklist, Admin and Welcome is complete: every key of the webjar's
 * en.json (labels and moment's dateLocales) is in our zh-CN.json, in Chinese, with the English
 * value's interpolations, printf markers and HTML tags. A key missing from zh-CN.json would show
 * as its bare name (zh-CN is the fallback locale, so there is nothing to fall back to). Cockpit's
 * file is another translator's: {@link CockpitLocaleTest}.
 */
class WebappsLocalesTest {

    private static Map<String, JsonNode> en(String app) {
        return WebjarFiles.leaves(WebjarFiles.webjar(app + "/locales/en.json"));
    }

    private static Map<String, JsonNode> zh(String app) {
        return WebjarFiles.leaves(WebjarFiles.ours(app + "/locales/zh-CN.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void everyKeyOfEnglishIsTranslated(String app) {
        Map<String, JsonNode> en = en(app);
        assertThat(en).as("%s en.json", app).hasSizeGreaterThan(100);
        assertThat(LocaleChecks.missing(en, zh(app), List.of("")))
                .as("keys of %s/locales/en.json missing from our zh-CN.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void everyValueIsChinese(String app) {
        assertThat(LocaleChecks.notChinese(en(app), zh(app), Set.of()))
                .as("%s zh-CN.json values that are not Chinese (allowed: LocaleChecks.NOT_CHINESE)", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void interpolationsAndTagsAreKept(String app) {
        assertThat(LocaleChecks.lostPlaceholders(en(app), zh(app)))
                .as("%s zh-CN.json values that lost a {{…}}, %%s or tag of the English", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome"})
    void noKeysTheEnglishNoLongerHas(String app) {
        assertThat(LocaleChecks.extra(en(app), zh(app)))
                .as("%s zh-CN.json keys that en.json does not have (removed by a Camunda upgrade?)", app).isEmpty();
    }
}
