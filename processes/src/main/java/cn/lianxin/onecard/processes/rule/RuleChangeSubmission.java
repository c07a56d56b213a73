package cn.lianxin.onecard.processes.rule;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A rule-set version submitted for approval, as the {@code RuleChange} process receives it;
 * checks its own fields.
 *
 * @param ruleSet       the rule set's code, e.g. {@code property-fee}
 * @param versionId     the app's id of the stored version; becomes the business key
 * @param submittedBy   user id of the rule analyst who submitted it; may not approve it
 * @param effectiveDate when the version becomes active, with its offset (e.g. 2026-12-01T00:00+08:00)
 * @param reason        why the change is made, in the analyst's words (shown to the approver, audited)
 */
public record RuleChangeSubmission(String ruleSet, String versionId, String submittedBy,
        OffsetDateTime effectiveDate, String reason) {

    private static final Pattern TEXT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public RuleChangeSubmission {
        textId("ruleSet", ruleSet);
        textId("versionId", versionId);
        textId("submittedBy", submittedBy);
        if (effectiveDate == null) {
            throw new IllegalArgumentException("effectiveDate must be given");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (reason.length() > 1000) {
            throw new IllegalArgumentException("reason must be at most 1000 characters, was " + reason.length());
        }
    }

    /** The effective date as the process carries it: ISO 8601 with offset, the timer's {@code timeDate}. */
    public String effectiveDateIso() {
        return effectiveDate.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void textId(String field, String value) {
        if (value == null || !TEXT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits, '.', '-' or '_', was "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
    }
}
