package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.rules.RuleSetKinds;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCatalog;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the active version of every rule set into {@link ActiveRuleSets}: at start-up from the
 * database, seeding an empty database with the versions shipped in the rules module (version 1 of
 * each, author {@value #SHIPPED_BY}); afterwards every {@code onecard.rules.sync-interval} it picks
 * up an activation made by another node of the back office. Activation on this node swaps the
 * version in at once ({@link RuleChangeAdapter}).
 */
@Component
class ActiveVersionLoader {

    static final String SHIPPED_BY = "shipped";
    private static final Logger log = LoggerFactory.getLogger(ActiveVersionLoader.class);

    private final RuleVersions versions;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ActiveRuleSets active = new ActiveRuleSets();

    ActiveVersionLoader(RuleVersions versions, TransactionTemplate transaction, Clock clock) {
        this.versions = versions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Loads every rule set's active version; a version that does not compile stops the start. Each
     * is compiled once: a stored version from its files, a shipped one that seeds an empty database
     * by its check (which compiles exactly the files it stores). The rule sets are independent, so
     * they are compiled side by side, one per core; this returns when all are loaded.
     */
    ActiveRuleSets loadAll() {
        List<RuleSetKind<?>> kinds = RuleSetKinds.all();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(kinds.size(), Runtime.getRuntime().availableProcessors())),
                task -> new Thread(task, "rule-set-loader-" + threads.incrementAndGet()));
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (RuleSetKind<?> kind : kinds) {
                loads.add(pool.submit(() -> loadOrSeed(kind)));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("loading the rule sets failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule sets", e);
        } finally {
            pool.shutdownNow();
        }
        return active;
    }

    private void loadOrSeed(RuleSetKind<?> kind) {
        Optional<RuleVersion> stored = versions.active(kind.name());
        if (stored.isPresent()) {
            load(kind, stored.get());
        } else {
            seedShipped(kind);
        }
    }

    @Scheduled(fixedDelayString = "${onecard.rules.sync-interval:PT30S}", initialDelayString = "${onecard.rules.sync-interval:PT30S}")
    void pickUpActivationsOfOtherNodes() {
        for (RuleSetKind<?> kind : RuleSetKinds.all()) {
            Optional<RuleVersion> current = versions.active(kind.name());
            if (current.isPresent() && !current.get().versionId().equals(active.versions().get(kind.name()))) {
                log.info("Rule set {}: version {} was activated elsewhere; loading it", kind.name(), current.get().versionId());
                load(kind, current.get());
            }
        }
    }

    <T> void load(RuleSetKind<T> kind, RuleVersion version) {
        T typed = RuleVersionFiles.of(kind, versions.files(version.versionId())).compile(kind, version.definedRules());
        install(kind, version.versionId(), typed);
    }

    <T> void install(RuleSetKind<T> kind, String versionId, T typed) {
        active.install(new ActiveRuleSets.Active<>(versionId, kind, typed));
        log.info("Rule set {}: version {} active, {} rules", kind.name(), versionId, kind.ruleSet(typed).ruleCount());
    }

    private <T> void seedShipped(RuleSetKind<T> kind) {
        RuleSetCatalog catalog = RuleSetCatalog.fromClasspath(RuleSetKinds.class.getClassLoader());
        List<RuleResource> files = new ArrayList<>(catalog.source(kind.name()).resources());
        RuleResource scenarios = RuleSetCatalog.scenarios(RuleSetKinds.class.getClassLoader(), kind.name());
        RuleSetCheck.Checked<T> checked = RuleSetCheck.check(kind, files, scenarios.content());
        RuleSetCheck.Report report = checked.report();
        if (!report.passed()) {
            throw new IllegalStateException("the shipped rule set " + kind.name() + " fails its own check:\n" + report.text());
        }
        files.add(scenarios);
        LocalDateTime now = LocalDateTime.now(clock);
        RuleVersion seeded;
        try {
            seeded = transaction.execute(status -> {
                RuleVersion v = versions.insert(new RuleVersions.NewVersion(kind.name(), SHIPPED_BY, null, null,
                        report.definedRules(), true, report.summary(), report.text(), RuleVersionStatus.ACTIVE, now), files);
                versions.activate(kind.name(), v.versionId(), now);
                versions.audit(v.versionId(), kind.name(), "ACTIVATED", SHIPPED_BY, "shipped with the release", now);
                log.info("Rule set {}: no version in the database; stored the shipped one as {}", kind.name(), v.versionId());
                return versions.get(v.versionId());
            });
        } catch (DuplicateKeyException e) {
            // another node seeded it at the same moment: take its version
            load(kind, versions.active(kind.name()).orElseThrow(() -> e));
            return;
        }
        install(kind, seeded.versionId(), checked.typed());
    }
}
