package cn.lianxin.onecard.rules.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a rule file of one rule set may name: its package and its own fact types (the facts the rules
 * match, the results they insert, the enums they compare with). Everything else a rule file may use
 * is the same for every rule set and listed in {@link RuleFileSafety}: the operators, literals, the
 * rule's name and metadata, and a few helpers ({@code Math}'s exact arithmetic, {@code LocalDate.of}).
 *
 * @param packageName the package every rule file of the rule set declares
 * @param factTypes   the classes a rule file may import, match, call and insert
 */
public record RuleVocabulary(String packageName, Set<Class<?>> factTypes) {

    public RuleVocabulary {
        factTypes = Set.copyOf(factTypes);
        if (factTypes.isEmpty()) {
            throw new IllegalArgumentException("a rule vocabulary needs at least one fact type");
        }
    }

    /** The vocabulary of facts that share one package, the rule set's. */
    public static RuleVocabulary of(Class<?>... factTypes) {
        Set<Class<?>> types = new LinkedHashSet<>(List.of(factTypes));
        String pkg = factTypes[0].getPackageName();
        for (Class<?> t : types) {
            if (!t.getPackageName().equals(pkg)) {
                throw new IllegalArgumentException(t.getName() + " is not in the rule set's package " + pkg);
            }
        }
        return new RuleVocabulary(pkg, types);
    }

    /** The fact type of that simple or fully qualified name, if it is one. */
    public Optional<Class<?>> type(String name) {
        return Optional.ofNullable(byName().get(name));
    }

    private Map<String, Class<?>> byName() {
        Map<String, Class<?>> names = factTypes.stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        factTypes.forEach(t -> names.put(t.getName(), t));
        return names;
    }

    /** The fact types' simple names, sorted: for messages. */
    public String names() {
        return factTypes.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }
}
