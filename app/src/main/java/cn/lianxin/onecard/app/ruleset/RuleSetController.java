package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.rules.RuleSetKinds;
import cn.lianxin.onecard.rules.engine.RuleResource;
import cn.lianxin.onecard.rules.engine.RuleSetKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Rule sets, their versions and changes. Rule analysts upload drafts, read the check and the
 * what-if, submit and draft rollbacks; rule approvers decide in Tasklist; approvers, auditors and
 * centre administrators read everything.
 */
@RestController
@RequestMapping("/api/rule-sets")
@PreAuthorize("hasAnyRole('rule-analyst', 'rule-approver', 'auditor', 'centre-admin')")
public class RuleSetController {

    /** A rule set and where its changes stand. */
    public record RuleSetView(String ruleSet, String tableSheet, String scenarioFile, String activeVersion, int activeRules,
                              List<RuleVersionView> pending) {
    }

    /** A version, and what its change is waiting for (approval, its effective date), if anything. */
    public record RuleVersionView(RuleVersion version, String waitingFor) {
    }

    /** Submitting a draft: why, and from when (ISO 8601 with offset). */
    public record Submission(String reason, OffsetDateTime effectiveAt) {
    }

    private final RuleVersions versions;
    private final RuleChangeService changes;
    private final ActiveRuleSets active;
    private final RuntimeService runtimeService;
    private final CurrentStaff staff;

    public RuleSetController(RuleVersions versions, RuleChangeService changes, ActiveRuleSets active,
                             RuntimeService runtimeService, CurrentStaff staff) {
        this.versions = versions;
        this.changes = changes;
        this.active = active;
        this.runtimeService = runtimeService;
        this.staff = staff;
    }

    @GetMapping
    public List<RuleSetView> ruleSets() {
        return RuleSetKinds.all().stream().map(this::view).toList();
    }

    @GetMapping("/{ruleSet}")
    public RuleSetView ruleSet(@PathVariable String ruleSet) {
        return view(RuleChangeService.kind(ruleSet));
    }

    private RuleSetView view(RuleSetKind<?> kind) {
        ActiveRuleSets.Active<?> current = active.active(kind);
        List<RuleVersionView> pending = versions.list(kind.name()).stream()
                .filter(v -> v.status() == RuleVersionStatus.SUBMITTED || v.status() == RuleVersionStatus.AWAITING_APPROVAL)
                .map(this::view).toList();
        return new RuleSetView(kind.name(), kind.tableSheet(), kind.scenarioFile(), current.versionId(), current.ruleCount(),
                pending);
    }

    @GetMapping("/{ruleSet}/versions")
    public List<RuleVersionView> versions(@PathVariable String ruleSet) {
        RuleChangeService.kind(ruleSet);
        return versions.list(ruleSet).stream().map(this::view).toList();
    }

    @GetMapping("/{ruleSet}/versions/{versionId}")
    public RuleVersionView version(@PathVariable String ruleSet, @PathVariable String versionId) {
        return view(changes.versionOf(ruleSet, versionId));
    }

    private RuleVersionView view(RuleVersion v) {
        String waitingFor = null;
        if (v.processInstanceId() != null && (v.status() == RuleVersionStatus.SUBMITTED
                || v.status() == RuleVersionStatus.AWAITING_APPROVAL)) {
            List<String> at;
            try {
                at = runtimeService.getActiveActivityIds(v.processInstanceId());
            } catch (ProcessEngineException ended) {
                at = List.of(); // the process ended between reading the version and asking the engine
            }
            waitingFor = at.contains("Task_ApproveRuleChange") ? "approval"
                    : at.contains("Timer_EffectiveDate") ? "effective date " + v.effectiveAt()
                    : at.isEmpty() ? null : "check";
        }
        return new RuleVersionView(v, waitingFor);
    }

    /** A file of a version, as it was uploaded. */
    @GetMapping("/{ruleSet}/versions/{versionId}/files/{fileName:.+}")
    public ResponseEntity<byte[]> file(@PathVariable String ruleSet, @PathVariable String versionId,
                                       @PathVariable String fileName) {
        changes.versionOf(ruleSet, versionId);
        return download(versions.file(versionId, fileName), versionId + "/" + fileName);
    }

    /** A file of the active version: what an analyst downloads to start editing. */
    @GetMapping("/{ruleSet}/active/files/{fileName:.+}")
    public ResponseEntity<byte[]> activeFile(@PathVariable String ruleSet, @PathVariable String fileName) {
        String versionId = active.active(RuleChangeService.kind(ruleSet)).versionId();
        return download(versions.file(versionId, fileName), versionId + "/" + fileName);
    }

    private static ResponseEntity<byte[]> download(Optional<RuleResource> file, String what) {
        RuleResource f = file.orElseThrow(() -> new NotFoundException("rule file", what));
        MediaType type = f.name().endsWith(".xlsx")
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : f.name().endsWith(".csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                : MediaType.parseMediaType("text/plain;charset=UTF-8");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name()).build().toString())
                .body(f.content());
    }

    /** Uploads one or more files as a new draft; answers with the check and the what-if. */
    @PostMapping(path = "/{ruleSet}/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('rule-analyst')")
    @ResponseStatus(HttpStatus.CREATED)
    public RuleChangeService.Draft draft(@PathVariable String ruleSet,
                                         @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<RuleChangeService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            if (name.isBlank() || name.contains("..")) {
                throw new InvalidFieldException("files", "every file needs a plain name such as " + ruleSet + ".drl.xlsx");
            }
            try {
                uploads.add(new RuleChangeService.Upload(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the uploaded file " + name, e);
            }
        }
        return changes.draft(ruleSet, uploads, staff.user());
    }

    /** The what-if of a version against the version active now. */
    @GetMapping("/{ruleSet}/versions/{versionId}/what-if")
    public WhatIfReport whatIf(@PathVariable String ruleSet, @PathVariable String versionId) {
        return changes.whatIf(ruleSet, versionId);
    }

    /** Submits a draft for approval. */
    @PostMapping("/{ruleSet}/versions/{versionId}/submission")
    @PreAuthorize("hasRole('rule-analyst')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RuleVersionView submit(@PathVariable String ruleSet, @PathVariable String versionId,
                                  @RequestBody Submission submission) {
        return view(changes.submit(ruleSet, versionId, submission.reason(), submission.effectiveAt(), staff.user()));
    }

    /** Drafts a rollback: a new version with the files of an earlier one, to be submitted like any change. */
    @PostMapping("/{ruleSet}/versions/{versionId}/rollback")
    @PreAuthorize("hasRole('rule-analyst')")
    @ResponseStatus(HttpStatus.CREATED)
    public RuleChangeService.Draft rollback(@PathVariable String ruleSet, @PathVariable String versionId) {
        return changes.rollback(ruleSet, versionId, staff.user());
    }

    /** The change audit: who decided what and when, newest first; of one rule set with {@code ?ruleSet=}. */
    @GetMapping("/audit")
    public List<RuleVersions.AuditEntry> audit(@RequestParam(required = false) String ruleSet) {
        return versions.auditTrail(ruleSet);
    }
}
