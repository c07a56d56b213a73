package cn.lianxin.onecard.processes.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class RuleChangeSubmissionTest {

    static final OffsetDateTime EFFECTIVE = OffsetDateTime.parse("2026-12-01T00:00+08:00");

    @Test
    void shouldCarryTheEffectiveDateAsIsoWithItsOffset() {
        RuleChangeSubmission submission = new RuleChangeSubmission("property-fee", "property-fee.v7", "wang.analyst",
                EFFECTIVE, "2027 unit prices");

        assertThat(submission.effectiveDateIso()).isEqualTo("2026-12-01T00:00:00+08:00");
    }

    @Test
    void shouldRefuseMalformedFieldsNamingTheField() {
        assertThatThrownBy(() -> new RuleChangeSubmission("property fee", "v7", "wang", EFFECTIVE, "r"))
                .hasMessageStartingWith("ruleSet must be");
        assertThatThrownBy(() -> new RuleChangeSubmission("property-fee", null, "wang", EFFECTIVE, "r"))
                .hasMessage("versionId must be 1-64 letters, digits, '.', '-' or '_', was missing");
        assertThatThrownBy(() -> new RuleChangeSubmission("property-fee", "v7", "", EFFECTIVE, "r"))
                .hasMessageStartingWith("submittedBy must be");
        assertThatThrownBy(() -> new RuleChangeSubmission("property-fee", "v7", "wang", null, "r"))
                .hasMessage("effectiveDate must be given");
        assertThatThrownBy(() -> new RuleChangeSubmission("property-fee", "v7", "wang", EFFECTIVE, " "))
                .hasMessage("reason must not be blank");
    }

    @Test
    void shouldRefuseAnInconsistentValidationReport() {
        assertThatThrownBy(() -> ValidationReport.failed("1 scenario broke", null))
                .hasMessage("a failed validation needs a report of what failed");
        assertThatThrownBy(() -> new ValidationReport(true, "ok", "sheet Fees row 3"))
                .hasMessage("a passed validation has no failure report");
        assertThatThrownBy(() -> ValidationReport.passed(" ")).hasMessage("summary must not be blank");
    }
}
