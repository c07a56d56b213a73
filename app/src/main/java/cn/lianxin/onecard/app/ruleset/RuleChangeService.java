package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.app.platform.ClockConfiguration;
import cn.lianxin.onecard.app.security.StaffUser;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.FieldProblem;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.processes.rule.RuleChange;
import cn.lianxin.onecard.processes.rule.RuleChangeSubmission;
import cn.lianxin.onecard.rules.RuleSetKinds;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetCheck;
import cn.lianxin.onecard.rules.engine.RuleSetCompilationException;
import cn.lianxin.onecard.rules.engine.RuleSetCompiler;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import cn.lianxin.onecard.rules.engine.RuleSetProblem;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What rule analysts do with rule-set versions: upload files as a draft (checked at once, with a
 * what-if against the active version), submit a draft into the {@code RuleChange} process, and
 * draft a rollback to an earlier version. One transaction per operation; nothing here changes the
 * active version — only an approved change reaching its effective date does.
 */
@Service
public class RuleChangeService {

    private static final Logger log = LoggerFactory.getLogger(RuleChangeService.class);

    /** What one uploaded file is: its name and bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** A draft as the analyst sees it after uploading. */
    public record Draft(RuleVersion version, CheckView check, WhatIfReport whatIf) {
    }

    private final RuleVersions versions;
    private final ActiveRuleSets active;
    private final WhatIf whatIf;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public RuleChangeService(RuleVersions versions, ActiveRuleSets active, WhatIf whatIf, RuntimeService runtimeService,
                             Clock clock) {
        this.versions = versions;
        this.active = active;
        this.whatIf = whatIf;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    static RuleSetKind<?> kind(String ruleSet) {
        try {
            return RuleSetKinds.of(ruleSet);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("rule set", ruleSet);
        }
    }

    /**
     * A new draft: the active version's files with the uploaded ones put in their place (or added),
     * checked and compared on the live data. A file over {@value RuleSetCompiler#MAX_RESOURCE_BYTES}
     * bytes, a scenario file under another name, or an upload identical to the active version is
     * refused with 422 and nothing is stored.
     */
    @Transactional
    public Draft draft(String ruleSet, List<Upload> uploads, StaffUser author) {
        RuleSetKind<?> kind = kind(ruleSet);
        if (uploads.isEmpty()) {
            throw new InvalidFieldException("files", "upload at least one file: the decision table (" + ruleSet
                    + ".drl.xlsx), a DRL file or the scenarios (" + kind.scenarioFile() + ")");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Upload u : uploads) {
            String field = "files[" + u.fileName() + "]";
            if (u.content().length > RuleSetCompiler.MAX_RESOURCE_BYTES) {
                problems.add(new FieldProblem(field, "is " + megabytes(u.content().length) + "; a rule file may be at most "
                        + megabytes(RuleSetCompiler.MAX_RESOURCE_BYTES) + " (the shipped tables are under 20 KB)"));
            } else if (u.content().length == 0) {
                problems.add(new FieldProblem(field, "is empty"));
            } else if (u.fileName().toLowerCase().endsWith(".csv") && !u.fileName().equals(kind.scenarioFile())) {
                problems.add(new FieldProblem(field, "a scenario file of " + ruleSet + " must be named " + kind.scenarioFile()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        versions.lockRuleSet(ruleSet);
        ActiveRuleSets.Active<?> current = active.active(kind);
        Map<String, RuleResource> files = new LinkedHashMap<>();
        versions.files(current.versionId()).forEach(f -> files.put(f.name(), f));
        boolean changed = false;
        for (Upload u : uploads) {
            RuleResource before = files.get(u.fileName());
            changed |= before == null || !Arrays.equals(before.content(), u.content());
            files.put(u.fileName(), RuleResource.of(u.fileName(), u.content()));
        }
        if (!changed) {
            throw new InvalidFieldException("files", "the uploaded files are the same as the active version "
                    + current.versionId() + ": there is nothing to change");
        }
        return store(kind, current, new ArrayList<>(files.values()), author.userId(), null);
    }

    /** A draft that repeats an earlier version's files: how a rollback starts. */
    @Transactional
    public Draft rollback(String ruleSet, String toVersionId, StaffUser author) {
        RuleSetKind<?> kind = kind(ruleSet);
        RuleVersion target = versionOf(ruleSet, toVersionId);
        if (target.status() != RuleVersionStatus.RETIRED) {
            throw new ConflictException("versionId", "only a version that was active before can be rolled back to; "
                    + toVersionId + " is " + target.status());
        }
        versions.lockRuleSet(ruleSet);
        return store(kind, active.active(kind), versions.files(toVersionId), author.userId(), toVersionId);
    }

    private <T> Draft store(RuleSetKind<T> kind, ActiveRuleSets.Active<?> current, List<RuleResource> files, String author,
                            String rollsBackTo) {
        RuleSetCheck.Checked<T> checked;
        try {
            checked = RuleVersionFiles.of(kind, files).check(kind);
        } catch (IllegalStateException e) {
            throw new InvalidFieldException("files", e.getMessage());
        }
        RuleSetCheck.Report report = checked.report();
        refuseUnsafe(kind, report, author);
        RuleVersion stored = versions.insert(new RuleVersions.NewVersion(kind.name(), author, current.versionId(), rollsBackTo,
                report.definedRules(), report.passed(), report.summary(), report.text(), RuleVersionStatus.DRAFT,
                LocalDateTime.now(clock)), files);
        WhatIfReport comparison = checked.typed() == null
                ? WhatIfReport.nothingToCompare(kind.name(), current.versionId(), "-",
                        "the version does not compile or breaks the rule set's contract: fix the problems first")
                : whatIf.compare(current, checked.typed());
        return new Draft(stored, CheckView.of(report), comparison);
    }

    /**
     * A file that uses what a rule file may not (FORBIDDEN), or rules the check had to stop (LIMIT), is
     * refused with 422 naming the file, the place and the construct: nothing is stored, nothing of it
     * is compared on the live data.
     */
    private static void refuseUnsafe(RuleSetKind<?> kind, RuleSetCheck.Report report, String author) {
        List<FieldProblem> refused = report.problems().stream()
                .filter(p -> p.kind() == RuleSetProblem.Kind.FORBIDDEN || p.kind() == RuleSetProblem.Kind.LIMIT)
                .map(p -> new FieldProblem(p.resource() == null ? "files" : "files[" + p.resource() + "]", p.toString()))
                .toList();
        if (!refused.isEmpty()) {
            log.warn("rule set {}: upload by {} refused, {} forbidden constructs or stopped evaluations: {}", kind.name(),
                    author, refused.size(), refused.get(0).reason());
            throw new InvalidFieldException(refused);
        }
    }

    /** The what-if of a stored version against the version active now. */
    @Transactional(readOnly = true)
    public WhatIfReport whatIf(String ruleSet, String versionId) {
        RuleSetKind<?> kind = kind(ruleSet);
        RuleVersion version = versionOf(ruleSet, versionId);
        ActiveRuleSets.Active<?> current = active.active(kind);
        Object candidate;
        try {
            // only the compiled rules are needed: the version's check is stored with it
            candidate = RuleVersionFiles.of(kind, versions.files(version.versionId())).compile(kind, version.definedRules());
        } catch (RuleSetCompilationException e) {
            return WhatIfReport.nothingToCompare(ruleSet, current.versionId(), "-",
                    "the version does not compile or breaks the rule set's contract: " + version.checkSummary());
        }
        return whatIf.compare(current, candidate);
    }

    /**
     * Submits a draft for approval: it must be the caller's own draft, with a reason and an
     * effective date in the future, and no other change of the rule set may be under way (two
     * pending changes would race to their effective dates). Starts {@code RuleChange}, which
     * checks the version again.
     */
    @Transactional
    public RuleVersion submit(String ruleSet, String versionId, String reason, OffsetDateTime effectiveAt, StaffUser analyst) {
        RuleVersion version = versionOf(ruleSet, versionId);
        if (version.status() != RuleVersionStatus.DRAFT) {
            throw new ConflictException("versionId", versionId + " is " + version.status() + "; only a draft can be submitted");
        }
        if (!version.author().equals(analyst.userId())) {
            throw new ConflictException("versionId", versionId + " is the draft of " + version.author()
                    + "; each analyst submits their own drafts");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "say why the rules change; the approver and the audit read it"));
        } else if (reason.length() > 1000) {
            problems.add(new FieldProblem("reason", "at most 1000 characters, was " + reason.length()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (effectiveAt == null) {
            problems.add(new FieldProblem("effectiveAt", "when the version takes effect, e.g. 2026-12-01T00:00+08:00"));
        } else if (!effectiveAt.isAfter(now)) {
            problems.add(new FieldProblem("effectiveAt", "is in the past (" + effectiveAt + "); a change takes effect from now on"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        versions.lockRuleSet(ruleSet);
        versions.list(ruleSet).stream()
                .filter(v -> v.status() == RuleVersionStatus.SUBMITTED || v.status() == RuleVersionStatus.AWAITING_APPROVAL)
                .findFirst().ifPresent(pending -> {
                    throw new ConflictException("versionId", "rule set " + ruleSet + " already has a change under way: "
                            + pending.versionId() + " (" + pending.status() + ", effective " + pending.effectiveAt()
                            + "); wait until it is decided and active, or ask an approver to reject it");
                });
        LocalDateTime effectiveLocal = effectiveAt.atZoneSameInstant(ClockConfiguration.BUSINESS_ZONE).toLocalDateTime();
        versions.submitted(versionId, reason.trim(), effectiveLocal, LocalDateTime.now(clock));
        ProcessInstance process = new RuleChange(runtimeService).submit(
                new RuleChangeSubmission(ruleSet, versionId, analyst.userId(), effectiveAt, reason.trim()));
        versions.processStarted(versionId, process.getId());
        return versions.get(versionId);
    }

    RuleVersion versionOf(String ruleSet, String versionId) {
        RuleVersion version = versions.get(versionId);
        if (!version.ruleSet().equals(ruleSet)) {
            throw new NotFoundException("rule-set version", ruleSet + "/" + versionId);
        }
        return version;
    }

    private static String megabytes(long bytes) {
        long tenths = bytes * 10 / (1024 * 1024);
        return tenths / 10 + "." + tenths % 10 + " MB";
    }
}
