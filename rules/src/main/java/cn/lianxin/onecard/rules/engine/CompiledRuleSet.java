package cn.lianxin.onecard.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A rule set that compiled, verified and holds exactly the rules it must. Immutable and safe to
 * share between threads: every evaluation runs in a fresh stateless session.
 *
 * <p>{@link #evaluate} is the bulk path: all facts are inserted into one stateless session, the
 * rules fire once, and the results are collected and handed back per fact in input order, with
 * the names of the rules that fired on each fact (an agenda listener records them).
 */
public final class CompiledRuleSet {

    /** Beyond this many firings per fact (plus a margin) the rules are taken to loop and stopped. */
    static final int MAX_FIRINGS_PER_FACT = 50;

    private static final String FIRED = "fired";
    private static final String RESULTS = "results";

    private final RuleSetSource source;
    private final KieContainer container;
    private final List<RuleInfo> rules;

    CompiledRuleSet(RuleSetSource source, KieContainer container, KieBase kieBase) {
        this.source = source;
        this.container = container;
        this.rules = readRules(kieBase);
    }

    static String sessionName(String ruleSet) {
        return ruleSet + ".session";
    }

    public String name() {
        return source.name();
    }

    /** The files this rule set was compiled from. */
    public RuleSetSource source() {
        return source;
    }

    public int ruleCount() {
        return rules.size();
    }

    /** The rules, highest precedence first, then by name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public List<String> ruleNames() {
        return rules.stream().map(RuleInfo::name).toList();
    }

    /**
     * Evaluates all facts in one stateless session execution: insert all, fire, collect.
     *
     * @param facts      the facts, any number; the same instance twice is evaluated once and answered twice
     * @param resultType the class of the results the rules insert
     * @param factOf     which fact a result answers; it must return the very instance that was passed in
     *                   (results are matched to facts by identity, so equal facts never mix)
     * @return one outcome per fact, in the order of {@code facts}
     * @throws RuleEvaluationException when a rule's action throws, or the rules keep firing
     */
    public <F, R> List<FactOutcome<F, R>> evaluate(List<? extends F> facts, Class<R> resultType,
                                                   Function<? super R, ?> factOf) {
        return evaluate(facts, resultType, factOf, rule -> true);
    }

    /**
     * As {@link #evaluate(List, Class, Function)}, with only the rules whose name {@code onlyRules}
     * accepts allowed to fire. Shows which facts a rule matches on its own, whatever the precedence
     * of the others: for checks of a table's precedence and for explaining an outcome.
     */
    public <F, R> List<FactOutcome<F, R>> evaluate(List<? extends F> facts, Class<R> resultType,
                                                   Function<? super R, ?> factOf, Predicate<String> onlyRules) {
        Objects.requireNonNull(resultType, "resultType");
        Objects.requireNonNull(factOf, "factOf");
        Objects.requireNonNull(onlyRules, "onlyRules");
        int n = facts.size();
        IdentityHashMap<Object, Integer> index = new IdentityHashMap<>(n * 2);
        int[] firstIndex = new int[n];
        List<Object> distinct = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object fact = facts.get(i);
            if (fact == null) {
                throw new IllegalArgumentException("fact " + i + " of " + n + " is null");
            }
            Integer first = index.putIfAbsent(fact, i);
            firstIndex[i] = first == null ? i : first;
            if (first == null) {
                distinct.add(fact);
            }
        }

        EvaluationBudget budget = EvaluationBudget.current().orElse(null);
        if (budget != null && budget.spent()) {
            throw stopped(budget);
        }
        @SuppressWarnings("unchecked")
        List<String>[] fired = new List[n];
        StatelessKieSession session = container.newStatelessKieSession(sessionName(name()));
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                if (budget != null && budget.spent() && event.getKieRuntime() instanceof KieSession running) {
                    running.halt(); // this firing still runs; none after it
                }
                String rule = event.getMatch().getRule().getName();
                for (Object o : event.getMatch().getObjects()) {
                    Integer i = index.get(o);
                    if (i != null) {
                        (fired[i] == null ? fired[i] = new ArrayList<>(2) : fired[i]).add(rule);
                    }
                }
            }
        });

        int limit = MAX_FIRINGS_PER_FACT * n + 1000;
        AgendaFilter filter = match -> onlyRules.test(match.getRule().getName());
        KieCommands commands = KieServices.get().getCommands();
        List<Command<?>> batch = List.of(
                commands.newInsertElements(distinct),
                new FireAllRulesCommand(FIRED, limit + 1, filter),
                commands.newGetObjects(new ClassObjectFilter(resultType), RESULTS));
        ExecutionResults out;
        try {
            out = session.execute(commands.newBatchExecution(batch));
        } catch (RuntimeException e) {
            if (budget != null && budget.spent()) {
                throw stopped(budget);
            }
            throw failure(e);
        }
        if (budget != null && budget.spent()) {
            throw stopped(budget);
        }
        int firedCount = (Integer) out.getValue(FIRED);
        if (firedCount > limit) {
            throw new RuleEvaluationException(name(), null, "stopped after " + limit + " rule firings for " + n
                    + " facts: a rule keeps triggering itself or another", null);
        }

        @SuppressWarnings("unchecked")
        List<R>[] results = new List[n];
        for (Object o : (Collection<?>) out.getValue(RESULTS)) {
            R result = resultType.cast(o);
            Object fact = factOf.apply(result);
            Integer i = fact == null ? null : index.get(fact);
            if (i == null) {
                throw new RuleEvaluationException(name(), null,
                        "result " + result + " does not refer to any of the facts passed in", null);
            }
            (results[i] == null ? results[i] = new ArrayList<>(1) : results[i]).add(result);
        }

        List<FactOutcome<F, R>> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = firstIndex[i];
            outcomes.add(new FactOutcome<>(facts.get(i), results[j] == null ? List.of() : results[j],
                    fired[j] == null ? List.of() : fired[j]));
        }
        return outcomes;
    }

    private RuleEvaluationException stopped(EvaluationBudget budget) {
        return new RuleEvaluationException(name(), null, "stopped: evaluating the rules took longer than the check allows ("
                + EvaluationBudget.inWords(budget.limit()) + "); a rule keeps the engine busy", null);
    }

    private RuleEvaluationException failure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException c) {
                String rule = c.getRule() == null ? null : c.getRule().getName();
                Throwable cause = c.getCause() == null ? c : c.getCause();
                return new RuleEvaluationException(name(), rule,
                        "its action failed on " + c.getMatch().getObjects() + ": " + DecisionTableDrl.messages(cause), e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new RuleEvaluationException(name(), null, DecisionTableDrl.messages(e), e);
    }

    private static List<RuleInfo> readRules(KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                int salience = r instanceof RuleImpl impl && !impl.isSalienceDynamic() ? impl.getSalienceValue() : 0;
                rules.add(new RuleInfo(r.getName(), salience, Map.copyOf(r.getMetaData())));
            }
        }
        rules.sort(Comparator.comparingInt(RuleInfo::salience).reversed().thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    @Override
    public String toString() {
        return "CompiledRuleSet[" + name() + ", " + ruleCount() + " rules]";
    }
}
