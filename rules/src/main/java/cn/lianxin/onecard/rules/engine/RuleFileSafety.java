package cn.lianxin.onecard.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The one check every rule file of every rule set passes before anything of it is compiled: a rule
 * file is data from people, not code. It is read with Drools' own {@link DrlParser} (a decision
 * table as the DRL Drools generates from it) and accepted only if its rule model uses the rule set's
 * {@link RuleVocabulary} and nothing else:
 * <ul>
 *   <li>the rule set's package; imports of its fact types only (no wildcard, no {@code import function});</li>
 *   <li>no globals, functions, queries, {@code declare}d types, entry points or windows;</li>
 *   <li>rule attributes: {@code salience} as a whole number, {@code no-loop}, {@code lock-on-active},
 *       {@code auto-focus}, {@code enabled} as true/false, {@code agenda-group}, {@code activation-group},
 *       {@code ruleflow-group}, {@code dialect "java"}; no timers, calendars or effective dates (rules
 *       never read the clock: today is a fact);</li>
 *   <li>metadata ({@code @reason("…")}) as literals only: Drools evaluates metadata values with MVEL
 *       while it builds, so an expression there would run at compile time;</li>
 *   <li>conditions: patterns over the rule set's facts, combined with and/or/not/exists/forall; no
 *       {@code eval}, {@code from}, {@code collect}, {@code accumulate}; each constraint and each
 *       action through {@link ExpressionSafety}'s allow-list;</li>
 *   <li>no unicode escapes ({@code \}{@code u0022}) anywhere: Java reads them before anything else,
 *       so they could turn text the check read as a string into code.</li>
 * </ul>
 */
public final class RuleFileSafety {

    /** One construct a rule file may not have, at its 1-based line (and column, where known) of the DRL. */
    public record Violation(int line, Integer column, String message) {
    }

    private final List<Violation> mistakes = new ArrayList<>();

    /**
     * What the check found: {@code errors}, Drools' parser's syntax errors (then nothing else was
     * checked) or mistakes inside a rule (an expression that is not one, a field
     * the fact does not have); {@code violations}, the constructs a rule file may not use. Nothing
     * may be compiled unless both are empty.
     */
    public record Result(List<Violation> errors, List<Violation> violations) {

        public boolean safe() {
            return errors.isEmpty() && violations.isEmpty();
        }
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\[tnr\"'\\\\])*\"");
    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus", "enabled");
    private static final Set<String> GROUP_ATTRIBUTES = Set.of("agenda-group", "activation-group", "ruleflow-group");

    private final RuleVocabulary vocabulary;
    private final String drl;
    private final List<Violation> violations = new ArrayList<>();

    private RuleFileSafety(RuleVocabulary vocabulary, String drl) {
        this.vocabulary = vocabulary;
        this.drl = drl;
    }

    /** Checks the DRL text of one rule file (for a decision table: the DRL generated from it). */
    public static Result check(String drl, RuleVocabulary vocabulary) {
        RuleFileSafety check = new RuleFileSafety(vocabulary, drl);
        Matcher escape = UNICODE_ESCAPE.matcher(drl);
        if (escape.find()) {
            int at = escape.start();
            check.violations.add(new Violation(lineAt(drl, at), columnAt(drl, at),
                    "a unicode escape ('\\u…') is not allowed in a rule file: write the character itself"));
            return new Result(List.of(), check.violations);
        }
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (Exception e) {
            return new Result(List.of(new Violation(1, null, "Drools cannot read the file: " + DecisionTableDrl.messages(e))),
                    List.of());
        }
        if (parser.hasErrors() || pkg == null) {
            List<Violation> errors = new ArrayList<>();
            for (DroolsError e : parser.getErrors()) {
                if (e instanceof ParserError p) {
                    errors.add(new Violation(Math.max(1, p.getRow()), p.getCol() >= 0 ? p.getCol() + 1 : null, p.getMessage()));
                } else {
                    errors.add(new Violation(1, null, e.getMessage()));
                }
            }
            if (errors.isEmpty()) {
                errors.add(new Violation(1, null, "Drools cannot read the file"));
            }
            return new Result(errors, List.of());
        }
        check.packageLevel(pkg);
        for (RuleDescr rule : pkg.getRules()) {
            check.rule(rule);
        }
        return new Result(check.mistakes, check.violations);
    }

    private void packageLevel(PackageDescr pkg) {
        if (!vocabulary.packageName().equals(pkg.getName())) {
            refuse(pkg, "'package " + pkg.getName() + "': the rule set's rules must be in package " + vocabulary.packageName());
        }
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (target.endsWith(".*") || vocabulary.type(target).filter(t -> t.getName().equals(target)).isEmpty()) {
                refuse(i, "'import " + target + "': a rule file may import only the rule set's fact types ("
                        + vocabulary.names() + ", each by its full name in " + vocabulary.packageName() + ")");
            }
        }
        pkg.getFunctionImports().forEach(f -> refuse(f, "'import function " + f.getTarget() + "': a rule file may not import functions"));
        pkg.getAccumulateImports().forEach(a -> refuse(a, "'import accumulate " + a.getTarget() + "': a rule file may not import accumulate functions"));
        pkg.getGlobals().forEach(g -> refuse(g, "'global " + g.getType() + " " + g.getIdentifier() + "': globals are not allowed in a rule file"));
        pkg.getFunctions().forEach(f -> refuse(f, "'function " + f.getName() + "': functions are code and not allowed in a rule file"));
        pkg.getTypeDeclarations().forEach(t -> refuse(t, "'declare " + t.getTypeName() + "': a rule file may not declare types"));
        pkg.getEnumDeclarations().forEach(t -> refuse(t, "'declare enum " + t.getTypeName() + "': a rule file may not declare types"));
        pkg.getEntryPointDeclarations().forEach(e -> refuse(e, "'declare entry-point': not allowed in a rule file"));
        pkg.getWindowDeclarations().forEach(w -> refuse(w, "'declare window': not allowed in a rule file"));
        if (pkg.getUnit() != null) {
            refuse(pkg.getUnit(), "'unit " + pkg.getUnit().getTarget() + "': rule units are not allowed in a rule file");
        }
        pkg.getAttributes().forEach(a -> attribute(a, pkg.getLine()));
    }

    private void rule(RuleDescr rule) {
        String name = "rule \"" + rule.getName() + "\"";
        if (rule.isQuery()) {
            refuse(rule, "'query " + rule.getName() + "': queries are not allowed in a rule file");
            return;
        }
        rule.getAttributes().values().forEach(a -> attribute(a, rule.getLine()));
        for (AnnotationDescr a : rule.getAnnotations()) {
            for (Map.Entry<String, Object> value : a.getValueMap().entrySet()) {
                String v = String.valueOf(value.getValue()).strip();
                if (!literal(v)) {
                    at(rule.getLine(), null, "'@" + a.getName() + "(" + v + ")' in " + name
                            + ": metadata must be a literal (\"text\", a whole number, true or false); Drools evaluates"
                            + " anything else while it builds the rules");
                }
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            at(rule.getLine(), null, name + ": named consequences (then[...]) are not allowed in a rule file");
        }
        Map<String, Class<?>> bound = new LinkedHashMap<>();
        lhs(rule.getLhs(), bound, name);
        Object consequence = rule.getConsequence();
        if (consequence != null && !String.valueOf(consequence).isBlank()) {
            String text = String.valueOf(consequence);
            int first = consequenceLine(rule, text);
            for (ExpressionSafety.Violation v : ExpressionSafety.consequence(text, vocabulary, bound)) {
                int line = first + v.line() - 1;
                int column = v.line() == 1 ? v.column() + consequenceColumn(first, text) : v.column();
                at(v.mistake() ? mistakes : violations, line, column, v.message() + " (in the action of " + name + ")");
            }
        }
    }

    private void attribute(AttributeDescr a, int fallbackLine) {
        String key = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        String unquoted = value.replaceAll("^\"|\"$", "");
        boolean ok = switch (key) {
            case "salience" -> WHOLE_NUMBER.matcher(value).matches();
            case "dialect" -> unquoted.equals("java");
            default -> FLAG_ATTRIBUTES.contains(key) ? unquoted.isEmpty() || unquoted.equals("true") || unquoted.equals("false")
                    : GROUP_ATTRIBUTES.contains(key);
        };
        if (!ok) {
            int line = a.getLine() > 0 ? a.getLine() : fallbackLine;
            at(line, a.getColumn() >= 0 && a.getLine() > 0 ? a.getColumn() + 1 : null, "'" + key + " " + value + "': "
                    + switch (key) {
                        case "salience" -> "the precedence must be a whole number";
                        case "dialect" -> "only the java dialect is allowed";
                        case "date-effective", "date-expires", "timer", "duration", "calendars" ->
                                "a rule may not depend on the clock (today is a fact)";
                        default -> FLAG_ATTRIBUTES.contains(key) ? "must be true or false"
                                : "this attribute is not allowed in a rule file";
                    });
        }
    }

    private void lhs(BaseDescr d, Map<String, Class<?>> bound, String rule) {
        if (d instanceof PatternDescr p) {
            pattern(p, bound, rule);
        } else if (d instanceof EvalDescr) {
            refuse(d, "'eval(...)' in " + rule + ": eval runs an arbitrary expression; write the condition as a "
                    + "constraint of a pattern");
        } else if (d instanceof ConditionalElementDescr ce && isPlainElement(d)) {
            for (BaseDescr child : ce.getDescrs()) {
                lhs(child, bound, rule);
            }
        } else {
            refuse(d, "'" + d.getClass().getSimpleName().replace("Descr", "").toLowerCase() + "' in " + rule
                    + " is not allowed in a rule file (conditions: patterns over the rule set's facts, and, or, not, exists, forall)");
        }
    }

    private static boolean isPlainElement(BaseDescr d) {
        String kind = d.getClass().getSimpleName();
        return kind.equals("AndDescr") || kind.equals("OrDescr") || kind.equals("NotDescr") || kind.equals("ExistsDescr")
                || kind.equals("ForallDescr");
    }

    private void pattern(PatternDescr p, Map<String, Class<?>> bound, String rule) {
        if (p.getSource() != null) {
            refuse(p, "'" + p.getObjectType() + "(...) " + p.getSource().getText() + "' in " + rule
                    + ": from, collect, accumulate and entry points are not allowed; a pattern matches the rule set's facts");
            return;
        }
        Optional<Class<?>> type = Optional.ofNullable(p.getObjectType()).flatMap(vocabulary::type);
        if (type.isEmpty()) {
            refuse(p, "'" + p.getObjectType() + "(...)' in " + rule + ": " + p.getObjectType()
                    + " is not a fact of this rule set (its facts: " + vocabulary.names() + ")");
            return;
        }
        if (!p.getAnnotations().isEmpty() || !p.getBehaviors().isEmpty()) {
            refuse(p, "'" + p.getObjectType() + "' in " + rule + ": pattern annotations and windows are not allowed");
        }
        if (p.getIdentifier() != null) {
            bound.put(p.getIdentifier(), type.get());
        }
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            if (!(c instanceof ExprConstraintDescr e)) {
                refuse(c, "'" + c.getText() + "' in " + rule + " is not a constraint a rule file may have");
                continue;
            }
            int line = e.getLine() > 0 ? e.getLine() : p.getLine();
            for (ExpressionSafety.Violation v : ExpressionSafety.constraint(e.getExpression(), vocabulary, type.get(), bound)) {
                int column = v.line() == 1 && e.getColumn() >= 0 ? e.getColumn() + v.column() : v.column();
                at(v.mistake() ? mistakes : violations, line + v.line() - 1, column, v.message() + " (in a condition of " + rule + ")");
            }
        }
    }

    /** The DRL line the action's text starts on: found after the rule's {@code then}. */
    private int consequenceLine(RuleDescr rule, String text) {
        int from = offsetOfLine(Math.max(1, rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine()));
        int at = drl.indexOf(text, from);
        return at < 0 ? Math.max(1, rule.getConsequenceLine()) : lineAt(drl, at);
    }

    /** The 0-based column the action's text starts at on its first line. */
    private int consequenceColumn(int line, String text) {
        int from = offsetOfLine(line);
        int at = drl.indexOf(text, from);
        return at < 0 ? 0 : at - from;
    }

    private int offsetOfLine(int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = drl.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return drl.length();
            }
        }
        return offset;
    }

    private static boolean literal(String value) {
        return STRING_LITERAL.matcher(value).matches() || WHOLE_NUMBER.matcher(value).matches()
                || value.equals("true") || value.equals("false");
    }

    private void refuse(BaseDescr d, String message) {
        at(d.getLine() > 0 ? d.getLine() : 1, d.getLine() > 0 && d.getColumn() >= 0 ? d.getColumn() + 1 : null, message);
    }

    private void at(int line, Integer column, String message) {
        at(violations, line, column, message);
    }

    private static void at(List<Violation> into, int line, Integer column, String message) {
        into.add(new Violation(line, column, message));
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
