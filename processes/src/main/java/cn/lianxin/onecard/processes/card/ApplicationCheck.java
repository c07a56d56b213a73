package cn.lianxin.onecard.processes.card;

/**
 * The answer of the automated checks.
 *
 * @param passed  whether the application may go to review
 * @param reason  why it was rejected, in words for the applicant (Chinese and English); null when passed
 * @param summary one line the clerk sees in the review form, e.g. "张三 · 3号楼2单元501 · 成人卡 Adult";
 *                no certificate numbers, no secrets
 */
public record ApplicationCheck(boolean passed, String reason, String summary) {

    public ApplicationCheck {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
        if (!passed && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejected application needs a reason");
        }
        if (passed && reason != null) {
            throw new IllegalArgumentException("a passed application has no rejection reason");
        }
    }

    public static ApplicationCheck passed(String summary) {
        return new ApplicationCheck(true, null, summary);
    }

    public static ApplicationCheck rejected(String reason, String summary) {
        return new ApplicationCheck(false, reason, summary);
    }
}
