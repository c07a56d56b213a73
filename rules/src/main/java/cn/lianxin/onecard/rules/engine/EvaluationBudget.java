package cn.lianxin.onecard.rules.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time bound for evaluating rules that nobody has approved yet (the check of a draft): the work runs
 * on a thread of its own and the caller waits at most the limit. When the limit passes, the budget is
 * marked spent, the thread is interrupted, and every rule session evaluating under the budget is
 * halted at its next firing ({@link CompiledRuleSet#evaluate} asks {@link #current()} before each one).
 *
 * <p>A rule's action cannot be halted from outside while it runs; {@link RuleFileSafety} makes sure no
 * action can run long (no loops, no calls outside the allow-list), so this bound is the second line of
 * defence, not the first. The memory bound is the firing cap of {@link CompiledRuleSet}: at most
 * {@value CompiledRuleSet#MAX_FIRINGS_PER_FACT} firings per fact (+1000) per evaluation, each firing
 * inserting at most as many results as its action has statements.
 */
public final class EvaluationBudget {

    private static final Logger log = LoggerFactory.getLogger(EvaluationBudget.class);
    private static final ThreadLocal<EvaluationBudget> CURRENT = new ThreadLocal<>();
    private static final AtomicLong THREADS = new AtomicLong();

    private final Duration limit;
    private final long deadline;
    private volatile boolean spent;

    private EvaluationBudget(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** What happened: the work's value, or that the limit was reached first. */
    public record Outcome<V>(V value, boolean stopped, Duration limit) {
    }

    /** The budget the current thread evaluates under, if any. */
    static Optional<EvaluationBudget> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Whether evaluation must stop now: the limit passed or the caller gave up. */
    boolean spent() {
        if (!spent && System.nanoTime() - deadline > 0) {
            spent = true;
        }
        return spent;
    }

    Duration limit() {
        return limit;
    }

    /** {@code 60 s}, or {@code 250 ms} for a limit that is not whole seconds. */
    static String inWords(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /**
     * Runs {@code work} on a thread of its own under a budget of {@code limit}; waits at most that
     * long (plus a second for the work to notice it was stopped).
     *
     * @param name names the thread, e.g. the rule set
     * @throws RuntimeException whatever the work threw
     */
    public static <V> Outcome<V> run(String name, Duration limit, Callable<V> work) {
        EvaluationBudget budget = new EvaluationBudget(limit);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rule-check-" + name + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<V> result = thread.submit(() -> {
                CURRENT.set(budget);
                try {
                    return work.call();
                } finally {
                    CURRENT.remove();
                }
            });
            try {
                V value = result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
                // the work may have seen the limit pass, halted its sessions and returned what it
                // had just before the wait ran out: that is a stopped evaluation, not a finished one
                return budget.spent ? new Outcome<>(null, true, limit) : new Outcome<>(value, false, limit);
            } catch (TimeoutException e) {
                budget.spent = true;
                result.cancel(true);
                thread.shutdownNow();
                if (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                    log.warn("rule evaluation of {} did not stop within a second of its limit of {}: its thread is left to end",
                            name, limit);
                }
                return new Outcome<>(null, true, limit);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        } catch (InterruptedException e) {
            budget.spent = true;
            Thread.currentThread().interrupt();
            return new Outcome<>(null, true, limit);
        } finally {
            thread.shutdownNow();
        }
    }
}
