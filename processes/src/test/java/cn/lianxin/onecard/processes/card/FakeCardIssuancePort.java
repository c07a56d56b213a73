package cn.lianxin.onecard.processes.card;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Records every call in words and answers as the test arranges. */
final class FakeCardIssuancePort implements CardIssuancePort {

    static final String SUMMARY = "张三 · 3号楼2单元501 · 成人卡 Adult";
    static final String CARD_NUMBER = "3203000000000001";

    final List<String> calls = new ArrayList<>();
    ApplicationCheck checkResult = ApplicationCheck.passed(SUMMARY);
    RuntimeException checkFailure;
    final Deque<Supplier<Personalisation>> personalisations = new ArrayDeque<>();
    RuntimeException activationFailure;

    /** The next {@code times} personalisations fail as a reader failure with this message. */
    void failPersonalisation(int times, String message) {
        for (int i = 0; i < times; i++) {
            personalisations.add(() -> {
                throw new IllegalStateException(message);
            });
        }
    }

    @Override
    public ApplicationCheck checkApplication(String applicationId, long cardholderId, String householdId,
            String communityId, String cardTypeCode) {
        calls.add("check " + applicationId + " " + cardholderId + " " + householdId + " " + communityId + " " + cardTypeCode);
        if (checkFailure != null) {
            throw checkFailure;
        }
        return checkResult;
    }

    @Override
    public Personalisation personaliseCard(String applicationId, long cardholderId, String cardTypeCode,
            String cardUid, String readerId) {
        calls.add("personalise " + applicationId + " " + cardholderId + " " + cardTypeCode + " " + cardUid + " " + readerId);
        Supplier<Personalisation> next = personalisations.poll();
        return next == null ? Personalisation.personalised(CARD_NUMBER) : next.get();
    }

    @Override
    public void activateCard(String applicationId, String cardNumber, String householdId, String communityId) {
        calls.add("activate " + applicationId + " " + cardNumber + " " + householdId + " " + communityId);
        if (activationFailure != null) {
            throw activationFailure;
        }
    }

    @Override
    public void recordRejection(String applicationId, RejectionStage stage, String reason) {
        calls.add("reject " + applicationId + " " + stage + " " + reason);
    }
}
