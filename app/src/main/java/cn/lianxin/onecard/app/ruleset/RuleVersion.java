package cn.lianxin.onecard.app.ruleset;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One stored version of a rule set, without its file contents.
 *
 * @param files the version's files: name, size, SHA-256
 */
public record RuleVersion(String versionId, String ruleSet, int versionNo, RuleVersionStatus status, String author,
                          LocalDateTime createdAt, String basedOn, String rollsBackTo, String reason,
                          LocalDateTime effectiveAt, LocalDateTime submittedAt, String processInstanceId,
                          int definedRules, boolean checkPassed, String checkSummary, String checkReport,
                          String decidedBy, LocalDateTime decidedAt, LocalDateTime activatedAt, LocalDateTime retiredAt,
                          List<StoredFile> files) {

    /** A file of a version, without its bytes. */
    public record StoredFile(String name, int sizeBytes, String sha256) {
    }

    /** The id of version {@code versionNo} of {@code ruleSet}: {@code property-fees-v3}. */
    public static String id(String ruleSet, int versionNo) {
        return ruleSet + "-v" + versionNo;
    }
}
