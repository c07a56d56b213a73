package cn.lianxin.onecard.rules.engine;

import java.util.Map;

/**
 * One rule of a compiled rule set.
 *
 * @param name     the rule's name (in a decision table: the rule-name column)
 * @param salience its precedence: when several rules match one fact, the higher fires first
 * @param metadata its annotations, e.g. {@code reason} (in a decision table: METADATA columns)
 */
public record RuleInfo(String name, int salience, Map<String, Object> metadata) {

    public RuleInfo {
        metadata = Map.copyOf(metadata);
    }
}
