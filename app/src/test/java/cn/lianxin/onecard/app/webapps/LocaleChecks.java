package cn.lianxin.onecard.app.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a zh-CN.json must be against Camunda's en.json of the same app. Each check returns the
 * offending keys with the reason, so a failure lists all of them at once.
 */
final class LocaleChecks {

    /**
     * Keys whose Chinese value is legitimately not Chinese, in every app. Keep it short: each
     * entry is a product name, an operator or a format string.
     */
    static final Set<String> NOT_CHINESE = Set.of(
            // product names, kept as Camunda and the header's brand ("Camunda Tasklist") spell them
            "labels.APP_VENDOR",
            "labels.ADMIN_APP", "labels.COCKPIT_APP", "labels.TASKLIST_APP",
            "labels.ADMIN", "labels.COCKPIT", "labels.TASKLIST",
            // search operators
            "labels.SEARCH_LESS_THAN", "labels.SEARCH_LESS_THAN_EQUALS",
            "labels.SEARCH_GREATER_THAN", "labels.SEARCH_GREATER_THAN_EQUALS",
            // moment format strings: YYYY-MM-DD, HH:mm, L
            "dateLocales.longDateFormat.L", "dateLocales.longDateFormat.LT", "dateLocales.calendar.sameElse");

    /** Values kept as they are wherever they occur: Chinese software writes "ID" (用户 ID, 组 ID). */
    static final Set<String> KEPT_VALUES = Set.of("ID", "ID*");

    private LocaleChecks() {
    }

    /** Keys of en.json (those starting with one of the prefixes) that zh-CN.json lacks. */
    static List<String> missing(Map<String, JsonNode> en, Map<String, JsonNode> zh, List<String> prefixes) {
        return en.keySet().stream()
                .filter(key -> prefixes.stream().anyMatch(key::startsWith))
                .filter(key -> !zh.containsKey(key))
                .toList();
    }

    /** Keys of zh-CN.json that en.json no longer has (left behind by a Camunda upgrade). */
    static List<String> extra(Map<String, JsonNode> en, Map<String, JsonNode> zh) {
        return zh.keySet().stream().filter(key -> !en.containsKey(key)).toList();
    }

    /**
     * Keys present in both whose Chinese value is not a non-empty Chinese text: of another JSON
     * type than the English, blank (unless the English is blank too) or without a Han character
     * (unless listed in {@link #NOT_CHINESE}, {@code alsoAllowed} or {@link #KEPT_VALUES}).
     */
    static List<String> notChinese(Map<String, JsonNode> en, Map<String, JsonNode> zh, Set<String> alsoAllowed) {
        List<String> problems = new ArrayList<>();
        en.forEach((key, english) -> {
            JsonNode chinese = zh.get(key);
            if (chinese == null) {
                return;
            }
            if (chinese.getNodeType() != english.getNodeType()) {
                problems.add(key + ": " + chinese + " is not a " + english.getNodeType() + " like " + english);
                return;
            }
            if (!english.isTextual()) {
                return;
            }
            String value = chinese.asText();
            if (value.isBlank()) {
                // blank is right where the English is blank (NO_TASK_FORM) or for an allowed key
                // (cockpit's plural suffix "s", which Chinese does without)
                if (!english.asText().isBlank() && !alsoAllowed.contains(key)) {
                    problems.add(key + ": empty");
                }
            } else if (!WebjarFiles.hasChinese(value) && !KEPT_VALUES.contains(value.strip())
                    && !NOT_CHINESE.contains(key) && !alsoAllowed.contains(key)) {
                problems.add(key + ": \"" + value + "\" has no Chinese");
            }
        });
        return problems;
    }

    /**
     * Keys whose Chinese value lost something of the English one: a {{ … }} interpolation or a
     * printf marker missing, or not the same HTML tags (href included).
     */
    static List<String> lostPlaceholders(Map<String, JsonNode> en, Map<String, JsonNode> zh) {
        List<String> problems = new ArrayList<>();
        en.forEach((key, english) -> {
            JsonNode chinese = zh.get(key);
            if (chinese == null || !english.isTextual() || !chinese.isTextual()) {
                return;
            }
            String from = english.asText();
            String to = chinese.asText();
            lost(key, "interpolation", WebjarFiles::placeholders, from, to, problems);
            lost(key, "printf marker", WebjarFiles::printfMarkers, from, to, problems);
            List<String> tagsEn = sorted(WebjarFiles.htmlTags(from));
            List<String> tagsZh = sorted(WebjarFiles.htmlTags(to));
            if (!tagsEn.equals(tagsZh)) {
                problems.add(key + ": HTML tags " + tagsZh + " instead of " + tagsEn);
            }
        });
        return problems;
    }

    private static void lost(String key, String what, Function<String, List<String>> find, String from, String to,
            List<String> problems) {
        List<String> left = new ArrayList<>(find.apply(to));
        for (String marker : find.apply(from)) {
            if (!left.remove(marker)) {
                problems.add(key + ": " + what + " " + marker + " missing from \"" + to + "\"");
            }
        }
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
