package cn.lianxin.onecard.processes.card;

/** The answer of {@link CardLossPort#transferBalance}: how much moved, in fen. */
public record BalanceTransfer(long amountFen) {

    public BalanceTransfer {
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative, was " + amountFen);
        }
    }
}
