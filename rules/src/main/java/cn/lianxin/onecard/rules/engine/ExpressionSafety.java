package cn.lianxin.onecard.rules.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list for the code inside a rule: a condition's constraint expression and an action's
 * statements, parsed with JavaParser and accepted only if every name is a bound variable, a field of
 * the pattern's fact, one of the rule set's fact types or an allowed helper, and every call one the
 * list below allows. Anything else is a {@link Violation} at its line and column, naming the
 * construct: there is no list of what is forbidden, only of what is allowed.
 *
 * <ul>
 *   <li>values: literals (text, whole numbers, {@code true}/{@code false}, {@code null}), operators
 *       ({@code == != < <= > >= && || ! + - * / %}, {@code ?:}), bound variables, the fact's fields;</li>
 *   <li>calls: the fact types' own public methods (their getters, and their static factories such as
 *       {@code CardFee.decided}: the project's money helpers), a few methods of text and dates,
 *       {@code Math}'s exact arithmetic and {@code max}/{@code min}/{@code abs}, {@code LocalDate.of},
 *       {@code drools.getRule().getName()} and {@code drools.getRule().getMetaData()};</li>
 *   <li>statements of an action: {@code insert}, {@code insertLogical}, {@code update}, {@code delete},
 *       {@code retract}, a local variable of a fact or value type, {@code if}.</li>
 * </ul>
 * No {@code new}, no loops, no {@code throw}/{@code try}, no lambdas, casts, arrays, assignments,
 * {@code .class} or any other type: an action runs a bounded number of steps.
 */
final class ExpressionSafety {

    /**
     * One construct a rule may not use, at its 1-based line and column in the text checked.
     * {@code mistake} marks what is an ordinary error rather than a forbidden construct: text that is no
     * expression at all, a field the fact does not have. Both are refused before anything compiles.
     */
    record Violation(int line, int column, String message, boolean mistake) {
    }

    /** The calls an action may make without an object: Drools' working-memory operations. */
    private static final Set<String> WORKING_MEMORY = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** Helpers every rule set may call, by class: static methods allowed. */
    private static final Map<Class<?>, Set<String>> HELPERS = Map.of(
            Math.class, Set.of("addExact", "subtractExact", "multiplyExact", "negateExact", "toIntExact", "floorDiv",
                    "floorMod", "max", "min", "abs"),
            LocalDate.class, Set.of("of"));

    /** Instance methods of value types a rule may call (what they return is found by reflection). */
    private static final Map<Class<?>, Set<String>> VALUE_METHODS = Map.of(
            String.class, Set.of("equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "length", "isEmpty",
                    "isBlank", "trim", "strip", "toUpperCase", "toLowerCase", "substring", "charAt", "indexOf", "compareTo"),
            LocalDate.class, Set.of("plusDays", "minusDays", "plusWeeks", "minusWeeks", "plusMonths", "minusMonths",
                    "plusYears", "minusYears", "isBefore", "isAfter", "isEqual", "getYear", "getMonthValue",
                    "getDayOfMonth", "lengthOfMonth", "compareTo", "equals"),
            Long.class, Set.of("equals", "compareTo", "longValue", "intValue"),
            Integer.class, Set.of("equals", "compareTo", "longValue", "intValue"),
            Boolean.class, Set.of("equals", "booleanValue"),
            Object.class, Set.of("equals", "toString"));
    private static final Set<String> ENUM_METHODS = Set.of("name", "ordinal", "equals", "compareTo");

    /** What {@code drools}, its rule and the rule's metadata stand for: only these calls on them. */
    private static final class Drools {
    }

    private static final class RuleRef {
    }

    private static final class MetaData {
    }

    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_][A-Za-z0-9_$]*)\\s*:(?![=:])");

    private final RuleVocabulary vocabulary;
    private final Map<String, Class<?>> variables;
    private final Class<?> patternType;
    private final List<Violation> violations = new ArrayList<>();
    private final int columnShift;

    private ExpressionSafety(RuleVocabulary vocabulary, Map<String, Class<?>> variables, Class<?> patternType, int columnShift) {
        this.vocabulary = vocabulary;
        this.variables = new LinkedHashMap<>(variables);
        this.patternType = patternType;
        this.columnShift = columnShift;
    }

    private static JavaParser parser() {
        // unicode escapes are refused before anything is parsed (RuleFileSafety): javac would read them
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setAttributeComments(false));
    }

    /**
     * Checks one constraint of a pattern over {@code patternType}, e.g. {@code monthsSinceIssue < 12}
     * or a binding {@code $days : daysOverdue}. A binding's variable and type are added to {@code bound}.
     */
    static List<Violation> constraint(String text, RuleVocabulary vocabulary, Class<?> patternType,
                                      Map<String, Class<?>> bound) {
        String expression = text;
        String binding = null;
        int shift = 0;
        Matcher b = BINDING.matcher(text);
        if (b.find()) {
            binding = b.group(1);
            shift = b.end();
            expression = text.substring(b.end());
        }
        ExpressionSafety check = new ExpressionSafety(vocabulary, bound, patternType, shift);
        ParseResult<Expression> parsed = parser().parseExpression(expression);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            check.unreadable(parsed.getProblems(), expression,
                    "is not a condition a rule may use (comparisons == != < <= > >=, && || !, arithmetic, literals, "
                            + "the fact's fields and bound variables; no 'matches', 'in', 'memberOf', 'from' or 'eval')");
            return check.violations;
        }
        Class<?> type = check.type(parsed.getResult().get());
        if (binding != null && type != null) {
            bound.put(binding, type);
        }
        return check.violations;
    }

    /** Checks a rule's action: its statements, with the rule's bound variables. */
    static List<Violation> consequence(String text, RuleVocabulary vocabulary, Map<String, Class<?>> bound) {
        ExpressionSafety check = new ExpressionSafety(vocabulary, bound, null, 0);
        // "{" on the text's first line keeps JavaParser's lines the text's; its columns there shift by one
        ParseResult<BlockStmt> parsed = parser().parseBlock("{" + text + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            check.unreadable(parsed.getProblems(), text, "is not an action a rule may have (statements such as "
                    + "insert(...); delete($q); each ending with ';')");
            return check.violations;
        }
        for (Statement s : parsed.getResult().get().getStatements()) {
            check.statement(s);
        }
        List<Violation> shifted = new ArrayList<>();
        for (Violation v : check.violations) {
            shifted.add(v.line() == 1 ? new Violation(1, Math.max(1, v.column() - 1), v.message(), v.mistake()) : v);
        }
        return shifted;
    }

    // ---- statements of an action ----

    private void statement(Statement s) {
        if (s instanceof ExpressionStmt es) {
            Expression x = es.getExpression();
            if (x instanceof MethodCallExpr m && m.getScope().isEmpty()) {
                if (!WORKING_MEMORY.contains(m.getNameAsString())) {
                    refuse(m, "only insert, insertLogical, update, delete and retract may be called without an object");
                    return;
                }
                m.getArguments().forEach(this::type);
            } else if (x instanceof VariableDeclarationExpr v) {
                local(v);
            } else if (x instanceof MethodCallExpr) {
                type(x);
            } else {
                refuse(x, describe(x));
            }
        } else if (s instanceof BlockStmt block) {
            block.getStatements().forEach(this::statement);
        } else if (s instanceof IfStmt i) {
            type(i.getCondition());
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (!(s instanceof EmptyStmt)) {
            refuse(s, describe(s));
        }
    }

    private void local(VariableDeclarationExpr v) {
        for (VariableDeclarator d : v.getVariables()) {
            Class<?> declared = localType(d);
            if (declared == null) {
                refuse(d, "a local variable may be of a fact type (" + vocabulary.names()
                        + "), long, int, boolean, String or LocalDate");
                continue;
            }
            if (d.getInitializer().isEmpty()) {
                refuse(d, "a local variable needs its value where it is declared");
                continue;
            }
            if (type(d.getInitializer().get()) != null) {
                variables.put(d.getNameAsString(), declared);
            }
        }
    }

    private Class<?> localType(VariableDeclarator d) {
        if (d.getType() instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case LONG -> long.class;
                case INT -> int.class;
                case BOOLEAN -> boolean.class;
                default -> null;
            };
        }
        String name = d.getType().asString();
        if (name.equals("String")) {
            return String.class;
        }
        if (name.equals("LocalDate")) {
            return LocalDate.class;
        }
        return vocabulary.type(name).orElse(null);
    }

    // ---- expressions: the type each has, or null once refused ----

    private Class<?> type(Expression e) {
        if (e instanceof StringLiteralExpr) {
            return String.class;
        }
        if (e instanceof IntegerLiteralExpr) {
            return int.class;
        }
        if (e instanceof LongLiteralExpr) {
            return long.class;
        }
        if (e instanceof BooleanLiteralExpr) {
            return boolean.class;
        }
        if (e instanceof CharLiteralExpr) {
            return char.class;
        }
        if (e instanceof NullLiteralExpr) {
            return Object.class;
        }
        if (e instanceof EnclosedExpr x) {
            return type(x.getInner());
        }
        if (e instanceof UnaryExpr u) {
            if (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT) {
                refuse(u, "++ and -- change a value; a rule does not change values, it inserts a result");
                return null;
            }
            return type(u.getExpression());
        }
        if (e instanceof BinaryExpr b) {
            Class<?> left = type(b.getLeft());
            Class<?> right = type(b.getRight());
            if (left == null || right == null) {
                return null;
            }
            return switch (b.getOperator()) {
                case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> left == String.class || right == String.class
                        ? String.class : long.class;
                case BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> long.class;
                default -> boolean.class;
            };
        }
        if (e instanceof ConditionalExpr c) {
            Class<?> condition = type(c.getCondition());
            Class<?> then = type(c.getThenExpr());
            Class<?> otherwise = type(c.getElseExpr());
            return condition == null || then == null || otherwise == null ? null : then;
        }
        if (e instanceof NameExpr n) {
            return name(n);
        }
        if (e instanceof FieldAccessExpr f) {
            return fieldAccess(f);
        }
        if (e instanceof MethodCallExpr m) {
            return call(m);
        }
        if (e instanceof ThisExpr t && patternType != null && t.getTypeName().isEmpty()) {
            return patternType;
        }
        refuse(e, describe(e));
        return null;
    }

    private Class<?> name(NameExpr n) {
        String id = n.getNameAsString();
        if (variables.containsKey(id)) {
            return variables.get(id);
        }
        if (id.equals("drools") && patternType == null) {
            return Drools.class;
        }
        if (patternType != null) {
            Optional<Method> property = property(patternType, id);
            if (property.isPresent()) {
                return known(property.get().getReturnType());
            }
        }
        if (vocabulary.type(id).isPresent() || HELPERS.keySet().stream().anyMatch(h -> h.getSimpleName().equals(id))) {
            refuse(n, "is a type, not a value");
            return null;
        }
        // a bare unknown name reaches nothing (Java cannot resolve it): a mistake, not a forbidden construct;
        // a class named as the scope of a call or field is refused as forbidden in call() and fieldAccess()
        mistake(n, patternType != null ? "is not a field of " + patternType.getSimpleName() + " nor a bound variable"
                : "is not a bound variable of the rule (cannot be resolved)");
        return null;
    }

    private Class<?> fieldAccess(FieldAccessExpr f) {
        String scope = qualifiedName(f.getScope());
        if (scope != null && !isValueName(f.getScope())) {
            Class<?> type = typeNamed(scope);
            if (type == null) {
                refuse(f, notAllowedType(scope));
                return null;
            }
            String field = f.getNameAsString();
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(field)) {
                        return type;
                    }
                }
                refuse(f, type.getSimpleName() + " has no value " + field + " (its values: "
                        + Arrays.toString(type.getEnumConstants()) + ")");
                return null;
            }
            try {
                Field constant = type.getField(field);
                int mod = constant.getModifiers();
                if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && constant.getDeclaringClass() == type
                        && known(constant.getType()) != Object.class) {
                    return constant.getType();
                }
            } catch (NoSuchFieldException e) {
                // refused below
            }
            refuse(f, type.getSimpleName() + "." + field + " is not a constant a rule may use");
            return null;
        }
        Class<?> on = type(f.getScope());
        if (on == null) {
            return null;
        }
        Optional<Method> property = vocabulary.factTypes().contains(on) ? property(on, f.getNameAsString()) : Optional.empty();
        if (property.isEmpty()) {
            refuse(f, "is not a field of " + describeType(on) + " a rule may read");
            return null;
        }
        return known(property.get().getReturnType());
    }

    private Class<?> call(MethodCallExpr m) {
        String method = m.getNameAsString();
        if (m.getScope().isEmpty()) {
            refuse(m, "only insert, insertLogical, update, delete and retract may be called without an object, "
                    + "and only as a statement of an action");
            return null;
        }
        Expression scope = m.getScope().get();
        int arity = m.getArguments().size();
        String scopeName = qualifiedName(scope);
        if (scopeName != null && !isValueName(scope)) {
            Class<?> type = typeNamed(scopeName);
            if (type == null) {
                refuse(m, notAllowedType(scopeName));
                return null;
            }
            Method target = HELPERS.containsKey(type)
                    ? (HELPERS.get(type).contains(method) ? method(type, method, arity, true) : null)
                    : declaredMethod(type, method, arity, true);
            if (target == null) {
                refuse(m, type.getSimpleName() + "." + method + " is not a function a rule may call"
                        + (HELPERS.containsKey(type) ? " (allowed: " + String.join(", ", new java.util.TreeSet<>(HELPERS.get(type))) + ")"
                        : ""));
                return null;
            }
            return arguments(m) ? known(target.getReturnType()) : null;
        }
        Class<?> on = type(scope);
        if (on == null) {
            return null;
        }
        Class<?> result = instanceCall(on, method, arity);
        if (result == null) {
            refuse(m, method + " is not a method of " + describeType(on) + " a rule may call");
            return null;
        }
        return arguments(m) ? result : null;
    }

    private Class<?> instanceCall(Class<?> on, String method, int arity) {
        if (on == Drools.class) {
            return method.equals("getRule") && arity == 0 ? RuleRef.class : null;
        }
        if (on == RuleRef.class) {
            if (arity != 0) {
                return null;
            }
            return switch (method) {
                case "getName", "getPackageName" -> String.class;
                case "getMetaData" -> MetaData.class;
                default -> null;
            };
        }
        if (on == MetaData.class) {
            return method.equals("get") && arity == 1 ? Object.class
                    : method.equals("containsKey") && arity == 1 ? boolean.class : null;
        }
        if (on.isEnum() && vocabulary.factTypes().contains(on)) {
            Method m = ENUM_METHODS.contains(method) ? method(on, method, arity, false) : null;
            return m == null ? null : known(m.getReturnType());
        }
        if (vocabulary.factTypes().contains(on)) {
            Method m = declaredMethod(on, method, arity, false);
            return m == null ? null : known(m.getReturnType());
        }
        Class<?> boxed = boxed(on);
        Set<String> allowed = VALUE_METHODS.get(boxed);
        if (allowed == null || !allowed.contains(method)) {
            return null;
        }
        Method m = method(boxed, method, arity, false);
        return m == null ? null : known(m.getReturnType());
    }

    private boolean arguments(MethodCallExpr m) {
        boolean ok = true;
        for (Expression a : m.getArguments()) {
            ok &= type(a) != null;
        }
        return ok;
    }

    // ---- names and types ----

    /** {@code a.b.C} for a chain of plain names, else null. */
    private static String qualifiedName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = qualifiedName(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** Whether a chain of names starts with a value (a variable, drools, the fact's field), not a type. */
    private boolean isValueName(Expression e) {
        Expression first = e;
        while (first instanceof FieldAccessExpr f) {
            first = f.getScope();
        }
        if (!(first instanceof NameExpr n)) {
            return true;
        }
        String id = n.getNameAsString();
        return variables.containsKey(id) || (id.equals("drools") && patternType == null)
                || (patternType != null && property(patternType, id).isPresent());
    }

    private Class<?> typeNamed(String name) {
        Optional<Class<?>> fact = vocabulary.type(name);
        if (fact.isPresent()) {
            return fact.get();
        }
        for (Class<?> h : HELPERS.keySet()) {
            if (h.getSimpleName().equals(name) || h.getName().equals(name)) {
                return h;
            }
        }
        return null;
    }

    private String notAllowedType(String name) {
        return name + " is not a fact type of this rule set (" + vocabulary.names()
                + ") nor an allowed helper (Math, LocalDate): a rule file may not reach any other class";
    }

    /** A property as Drools reads it: {@code name()}, {@code getName()} or {@code isName()}, public, no arguments. */
    private static Optional<Method> property(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + cap, "is" + cap)) {
            Method m = declaredMethod(type, candidate, 0, false);
            if (m != null && m.getReturnType() != void.class) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A public method the class itself declares (never one of Object's, such as getClass). */
    private static Method declaredMethod(Class<?> type, String name, int arity, boolean isStatic) {
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity && Modifier.isPublic(m.getModifiers())
                    && Modifier.isStatic(m.getModifiers()) == isStatic && !m.isSynthetic() && !m.isBridge()) {
                return m;
            }
        }
        return null;
    }

    private static Method method(Class<?> type, String name, int arity, boolean isStatic) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity
                    && Modifier.isStatic(m.getModifiers()) == isStatic) {
                return m;
            }
        }
        return null;
    }

    /** The type a rule may go on with, or Object for anything it may only pass along. */
    private Class<?> known(Class<?> type) {
        if (type.isPrimitive() || vocabulary.factTypes().contains(type) || VALUE_METHODS.containsKey(type)) {
            return type;
        }
        return Object.class;
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }

    private static String describeType(Class<?> type) {
        if (type == Drools.class) {
            return "drools (only drools.getRule())";
        }
        if (type == RuleRef.class) {
            return "the rule (only getName() and getMetaData())";
        }
        if (type == MetaData.class) {
            return "the rule's metadata (only get(name))";
        }
        return type.isPrimitive() ? "a " + type.getName() : type.getSimpleName();
    }

    // ---- refusals ----

    private static String describe(Node n) {
        if (n instanceof ObjectCreationExpr) {
            return "creating objects with 'new' is not allowed in a rule file; results come from the fact types' "
                    + "own factories (e.g. CardFee.decided)";
        }
        if (n instanceof ArrayCreationExpr) {
            return "creating arrays is not allowed in a rule file";
        }
        if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
            return "lambdas and method references are not allowed in a rule file";
        }
        if (n instanceof ClassExpr) {
            return "'.class' is reflection, which a rule file may not use";
        }
        if (n instanceof CastExpr || n instanceof InstanceOfExpr) {
            return "casts and instanceof are not allowed in a rule file";
        }
        if (n instanceof ArrayAccessExpr) {
            return "arrays are not allowed in a rule file";
        }
        if (n instanceof AssignExpr) {
            return "an assignment changes a value; a rule does not change values, it inserts a result";
        }
        if (n instanceof DoubleLiteralExpr) {
            return "a decimal number: amounts are whole fen and rates whole basis points (no double or float)";
        }
        if (n instanceof SwitchExpr || n instanceof SwitchStmt) {
            return "switch is not allowed in a rule file; write one rule per case";
        }
        if (n instanceof ThisExpr || n instanceof SuperExpr) {
            return "'this' and 'super' are not allowed here";
        }
        if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt || n instanceof ForEachStmt) {
            return "a loop (while, do, for) is not allowed in a rule's action: an action runs once per firing, "
                    + "a fixed number of steps";
        }
        if (n instanceof ThrowStmt) {
            return "throw is not allowed in a rule's action";
        }
        if (n instanceof TryStmt) {
            return "try/catch is not allowed in a rule's action";
        }
        if (n instanceof SynchronizedStmt) {
            return "synchronized is not allowed in a rule's action";
        }
        if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
            return "declaring a class is not allowed in a rule file";
        }
        if (n instanceof ReturnStmt || n instanceof BreakStmt || n instanceof ContinueStmt || n instanceof LabeledStmt) {
            return "return, break, continue and labels are not allowed in a rule's action";
        }
        if (n instanceof AssertStmt) {
            return "assert is not allowed in a rule's action";
        }
        return "is not allowed in a rule file (" + n.getClass().getSimpleName() + ")";
    }

    private void refuse(Node n, String reason) {
        add(n, reason, false);
    }

    private void mistake(Node n, String reason) {
        add(n, reason, true);
    }

    private void add(Node n, String reason, boolean mistake) {
        String text = n.toString().replaceAll("\\s+", " ").strip();
        if (n instanceof Statement && text.length() > 60) {
            text = text.substring(0, 57) + "...";
        } else if (text.length() > 100) {
            text = text.substring(0, 97) + "...";
        }
        int line = n.getBegin().map(p -> p.line).orElse(1);
        int column = n.getBegin().map(p -> p.column).orElse(1);
        violations.add(new Violation(line, line == 1 ? column + columnShift : column, "'" + text + "': " + reason, mistake));
    }

    private void unreadable(List<Problem> problems, String text, String reason) {
        int line = 1;
        int column = 1;
        String detail = "";
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            if (p.getLocation().isPresent() && p.getLocation().get().getBegin().getRange().isPresent()) {
                var begin = p.getLocation().get().getBegin().getRange().get().begin;
                line = begin.line;
                column = begin.column;
            }
            // JavaParser's first sentence ("Parse error. Found "yuan" <IDENTIFIER>"), not its list of expected tokens
            detail = " (" + p.getMessage().lines().findFirst().orElse("").replaceFirst(",\\s*expected.*$", "").strip() + ")";
        }
        String shown = text.replaceAll("\\s+", " ").strip();
        violations.add(new Violation(line, line == 1 ? column + columnShift : column,
                "'" + (shown.length() > 100 ? shown.substring(0, 97) + "..." : shown) + "' " + reason + detail, true));
    }
}
