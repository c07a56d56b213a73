package cn.lianxin.onecard.processes.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records every call in words and answers as the test arranges. */
final class FakeCardLossPort implements CardLossPort {

    final List<String> calls = new ArrayList<>();
    RuntimeException blacklistFailure;
    String replacementCardNumber;
    long balanceFen = 12_345;
    int transferFailuresLeft;
    String transferFailure = "ledger database not reachable";

    @Override
    public void blacklistCard(String cardNumber, String reasonCode) {
        calls.add("blacklist " + cardNumber + " " + reasonCode);
        if (blacklistFailure != null) {
            throw blacklistFailure;
        }
    }

    @Override
    public Optional<String> findReplacementCard(String lostCardNumber) {
        calls.add("find replacement " + lostCardNumber);
        return Optional.ofNullable(replacementCardNumber);
    }

    @Override
    public BalanceTransfer transferBalance(String lostCardNumber, String replacementCardNumber) {
        calls.add("transfer " + lostCardNumber + " -> " + replacementCardNumber);
        if (transferFailuresLeft > 0) {
            transferFailuresLeft--;
            throw new IllegalStateException(transferFailure);
        }
        return new BalanceTransfer(balanceFen);
    }
}
