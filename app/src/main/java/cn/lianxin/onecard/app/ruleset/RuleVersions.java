package cn.lianxin.onecard.app.ruleset;

import cn.lianxin.onecard.app.platform.Digests;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.rules.engine.RuleResource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rule-set versions, their files and the change audit, in the database (V6). Plain JDBC. */
@Repository
public class RuleVersions {

    private static final String COLUMNS = "version_id, rule_set, version_no, status, author, created_at, based_on, "
            + "rolls_back_to, reason, effective_at, submitted_at, process_instance_id, defined_rules, check_passed, "
            + "check_summary, check_report, decided_by, decided_at, activated_at, retired_at";

    /** One entry of the change audit. */
    public record AuditEntry(long auditId, String versionId, String ruleSet, String outcome, String actor, String note,
                             LocalDateTime recordedAt) {
    }

    /** What a new version starts with. */
    public record NewVersion(String ruleSet, String author, String basedOn, String rollsBackTo, int definedRules,
                             boolean checkPassed, String checkSummary, String checkReport, RuleVersionStatus status,
                             LocalDateTime createdAt) {
    }

    private final JdbcTemplate jdbc;

    public RuleVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new version with its files under the next number of its rule set. Callers hold the
     * rule set's lock ({@link #lockRuleSet}) so two uploads do not take the same number.
     */
    public RuleVersion insert(NewVersion v, List<RuleResource> files) {
        Integer last = jdbc.queryForObject("select max(version_no) from rule_set_version where rule_set = ?",
                Integer.class, v.ruleSet());
        int versionNo = last == null ? 1 : last + 1;
        String versionId = RuleVersion.id(v.ruleSet(), versionNo);
        jdbc.update("insert into rule_set_version (version_id, rule_set, version_no, status, author, created_at, based_on, "
                        + "rolls_back_to, defined_rules, check_passed, check_summary, check_report) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                versionId, v.ruleSet(), versionNo, v.status().name(), v.author(), Timestamp.valueOf(v.createdAt()),
                v.basedOn(), v.rollsBackTo(), v.definedRules(), v.checkPassed(), clip(v.checkSummary(), 500),
                clip(v.checkReport(), 200_000));
        List<Object[]> rows = new ArrayList<>();
        for (RuleResource file : files) {
            byte[] content = file.content();
            rows.add(new Object[] {versionId, file.name(), content, content.length, Digests.sha256Hex(content)});
        }
        jdbc.batchUpdate("insert into rule_set_file (version_id, file_name, content, size_bytes, sha256) values (?, ?, ?, ?, ?)",
                rows);
        return get(versionId);
    }

    /**
     * Serialises changes to one rule set's versions: takes a row lock on its active version (or,
     * before there is one, nothing — the unique version number still refuses a collision).
     */
    public void lockRuleSet(String ruleSet) {
        jdbc.query("select version_id from rule_set_version where rule_set = ? and status = 'ACTIVE' for update",
                row -> { }, ruleSet);
    }

    public Optional<RuleVersion> find(String versionId) {
        return versions("version_id = ?", versionId).stream().findFirst();
    }

    public RuleVersion get(String versionId) {
        return find(versionId).orElseThrow(() -> new NotFoundException("rule-set version", versionId));
    }

    /** Every version of a rule set, newest first. */
    public List<RuleVersion> list(String ruleSet) {
        return versions("rule_set = ?", ruleSet);
    }

    public Optional<RuleVersion> active(String ruleSet) {
        return versions("rule_set = ? and status = 'ACTIVE'", ruleSet).stream().findFirst();
    }

    /** The files of a version with their bytes, in name order. */
    public List<RuleResource> files(String versionId) {
        return jdbc.query("select file_name, content from rule_set_file where version_id = ? order by file_name",
                (rs, n) -> RuleResource.of(rs.getString(1), rs.getBytes(2)), versionId);
    }

    public Optional<RuleResource> file(String versionId, String fileName) {
        return jdbc.query("select file_name, content from rule_set_file where version_id = ? and file_name = ?",
                (rs, n) -> RuleResource.of(rs.getString(1), rs.getBytes(2)), versionId, fileName).stream().findFirst();
    }

    public void submitted(String versionId, String reason, LocalDateTime effectiveAt, LocalDateTime at) {
        jdbc.update("update rule_set_version set status = 'SUBMITTED', reason = ?, effective_at = ?, submitted_at = ? "
                + "where version_id = ?", reason, Timestamp.valueOf(effectiveAt), Timestamp.valueOf(at), versionId);
    }

    public void processStarted(String versionId, String processInstanceId) {
        jdbc.update("update rule_set_version set process_instance_id = ? where version_id = ?", processInstanceId, versionId);
    }

    /** The check the process ran: its result and its report. */
    public void checked(String versionId, boolean passed, String summary, String report, int definedRules) {
        jdbc.update("update rule_set_version set status = ?, check_passed = ?, check_summary = ?, check_report = ?, "
                        + "defined_rules = ? where version_id = ?",
                passed ? RuleVersionStatus.AWAITING_APPROVAL.name() : RuleVersionStatus.REFUSED.name(), passed,
                clip(summary, 500), clip(report, 200_000), definedRules, versionId);
    }

    public void decided(String versionId, RuleVersionStatus status, String decidedBy, LocalDateTime at) {
        jdbc.update("update rule_set_version set status = ?, decided_by = ?, decided_at = ? where version_id = ?",
                status.name(), decidedBy, Timestamp.valueOf(at), versionId);
    }

    /** Retires the active version of the rule set (if any other) and makes this one active. */
    public void activate(String ruleSet, String versionId, LocalDateTime at) {
        jdbc.update("update rule_set_version set status = 'RETIRED', retired_at = ? where rule_set = ? and status = 'ACTIVE' "
                + "and version_id <> ?", Timestamp.valueOf(at), ruleSet, versionId);
        jdbc.update("update rule_set_version set status = 'ACTIVE', activated_at = ? where version_id = ?",
                Timestamp.valueOf(at), versionId);
    }

    /** Adds the audit entry unless the version already has one for this outcome; true when added. */
    public boolean audit(String versionId, String ruleSet, String outcome, String actor, String note, LocalDateTime at) {
        Integer present = jdbc.queryForObject("select count(*) from rule_change_audit where version_id = ? and outcome = ?",
                Integer.class, versionId, outcome);
        if (present != null && present > 0) {
            return false;
        }
        jdbc.update("insert into rule_change_audit (version_id, rule_set, outcome, actor, note, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)", versionId, ruleSet, outcome, actor, clip(note, 200_000), Timestamp.valueOf(at));
        return true;
    }

    /** The audit entries, newest first; of one rule set when {@code ruleSet} is given. */
    public List<AuditEntry> auditTrail(String ruleSet) {
        String sql = "select audit_id, version_id, rule_set, outcome, actor, note, recorded_at from rule_change_audit"
                + (ruleSet == null ? "" : " where rule_set = ?") + " order by recorded_at desc, audit_id desc";
        Object[] args = ruleSet == null ? new Object[0] : new Object[] {ruleSet};
        return jdbc.query(sql, (rs, n) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime()), args);
    }

    /**
     * The versions matching {@code where} (over rule_set_version), newest first, with their files:
     * two queries however many versions match.
     */
    private List<RuleVersion> versions(String where, Object... args) {
        Map<String, List<RuleVersion.StoredFile>> files = new HashMap<>();
        jdbc.query("select version_id, file_name, size_bytes, sha256 from rule_set_file where version_id in "
                + "(select version_id from rule_set_version where " + where + ") order by version_id, file_name", row -> {
            files.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                    .add(new RuleVersion.StoredFile(row.getString(2), row.getInt(3), row.getString(4)));
        }, args);
        return jdbc.query("select " + COLUMNS + " from rule_set_version where " + where + " order by version_no desc",
                (rs, n) -> version(rs, files.getOrDefault(rs.getString("version_id"), List.of())), args);
    }

    private static RuleVersion version(ResultSet rs, List<RuleVersion.StoredFile> files) throws SQLException {
        String versionId = rs.getString("version_id");
        return new RuleVersion(versionId, rs.getString("rule_set"), rs.getInt("version_no"),
                RuleVersionStatus.valueOf(rs.getString("status")), rs.getString("author"), time(rs, "created_at"),
                rs.getString("based_on"), rs.getString("rolls_back_to"), rs.getString("reason"), time(rs, "effective_at"),
                time(rs, "submitted_at"), rs.getString("process_instance_id"), rs.getInt("defined_rules"),
                rs.getBoolean("check_passed"), rs.getString("check_summary"), rs.getString("check_report"),
                rs.getString("decided_by"), time(rs, "decided_at"), time(rs, "activated_at"), time(rs, "retired_at"), files);
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String cut = "\n… (cut at " + max + " characters)";
        return text.substring(0, max - cut.length()) + cut;
    }

}
