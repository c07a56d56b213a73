package cn.lianxin.onecard.rules.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule set is made of: its name, its files, and the number of rules it must compile to.
 *
 * <p>The expected count is the guard against rules that silently go missing: a decision table
 * under a name Drools does not read, a blank row that ends a table early, a row deleted by
 * mistake. Whoever changes the rules states the new count; the compiler refuses a mismatch.
 *
 * @param name               lower-case letters, digits and dashes, e.g. {@code card-fees}
 * @param expectedRuleCount  how many rules the resources must define together, at least 1
 * @param resources          the files, at least one, names unique
 */
public record RuleSetSource(String name, int expectedRuleCount, List<RuleResource> resources) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public RuleSetSource {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "rule set name must be lower-case letters, digits and dashes: '" + name + "'");
        }
        if (expectedRuleCount < 1) {
            throw new IllegalArgumentException(
                    "rule set " + name + ": expected rule count must be at least 1, was " + expectedRuleCount);
        }
        resources = List.copyOf(resources);
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("rule set " + name + " has no resources");
        }
        var names = new HashSet<String>();
        for (RuleResource r : resources) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("rule set " + name + " lists resource " + r.name() + " twice");
            }
        }
    }
}
