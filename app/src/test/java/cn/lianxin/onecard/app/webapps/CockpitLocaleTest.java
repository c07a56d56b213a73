package cn.lianxin.onecard.app.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cockpit's zh-CN.json (written by another translator than Tasklist's, Admin's and Welcome's):
 * it exists, each key it has is Chinese and keeps the English interpolations and tags, and it
 * covers the keys below. Adjust the three constants, not the tests.
 */
class CockpitLocaleTest {

    /** Demand every key of cockpit's en.json (the file arrived complete: 2460 of 2460 labels). */
    private static final boolean EVERY_KEY = true;

    /**
     * Demanded even when {@link #EVERY_KEY} is off: what staff see on every Cockpit page (header,
     * footer, login, messages, dashboard) and the dates.
     */
    private static final List<String> COVERED_PREFIXES = List.of(
            "dateLocales.",
            "labels.CAM_WIDGET_", "labels.PAGE_LOGIN_", "labels.PAGES_", "labels.AUTH_",
            "labels.COCKPIT_", "labels.DASHBOARD_", "labels.PAGINATION_", "labels.BREAD_CRUMBS_",
            "labels.SIGN_OUT_ACTION", "labels.MY_PROFILE", "labels.MANAGE_ACCOUNT");

    /** Cockpit keys that are legitimately not Chinese, besides LocaleChecks.NOT_CHINESE and "ID". */
    private static final Set<String> NOT_CHINESE = Set.of(
            // the English plural suffix "s": nothing in Chinese
            "labels.PLGN_BATCH_S", "labels.PLGN_MIG_S", "labels.PLGN_MOD_DIALOG_S", "labels.PLGN_MOD_RESTART_DIALOG_S",
            // " out of " between two numbers: " / "
            "labels.PLGN_MOD_OUT_OF",
            // a product name, file formats and a date pattern
            "labels.PLGN_SKE_CAMUNDA_COCKPIT", "labels.PLGN_REP_CSV", "labels.PLGN_REP_JSON",
            "labels.PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER");

    private static Map<String, JsonNode> en() {
        return WebjarFiles.leaves(WebjarFiles.webjar("cockpit/locales/en.json"));
    }

    private static Map<String, JsonNode> zh() {
        assertThat(WebjarFiles.oursIfPresent("cockpit/locales/zh-CN.json"))
                .as("cockpit/locales/zh-CN.json in app/src/main/resources (config.js declares zh-CN for cockpit)")
                .isPresent();
        return WebjarFiles.leaves(WebjarFiles.ours("cockpit/locales/zh-CN.json"));
    }

    @Test
    void coversTheListedKeys() {
        Map<String, JsonNode> en = en();
        List<String> prefixes = EVERY_KEY ? List.of("") : COVERED_PREFIXES;
        assertThat(prefixes).allSatisfy(prefix -> assertThat(en.keySet()).anyMatch(key -> key.startsWith(prefix)));
        assertThat(LocaleChecks.missing(en, zh(), prefixes))
                .as("keys of cockpit/locales/en.json missing from our zh-CN.json").isEmpty();
    }

    @Test
    void everyValueIsChinese() {
        assertThat(LocaleChecks.notChinese(en(), zh(), NOT_CHINESE))
                .as("cockpit zh-CN.json values that are not Chinese").isEmpty();
    }

    @Test
    void interpolationsAndTagsAreKept() {
        assertThat(LocaleChecks.lostPlaceholders(en(), zh()))
                .as("cockpit zh-CN.json values that lost a {{…}}, %s or tag of the English").isEmpty();
    }
}
