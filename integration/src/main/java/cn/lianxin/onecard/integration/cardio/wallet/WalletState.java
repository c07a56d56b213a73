package cn.lianxin.onecard.integration.cardio.wallet;

import java.time.LocalDateTime;

/**
 * A consistent wallet: block 8 holds the balance the MAC of block 10 was made for, and block 9
 * is its copy.
 *
 * @param uid the card
 * @param balanceFen the balance
 * @param counter the transaction counter (0 right after issuance)
 * @param lastTransactionTime time of the last transaction (or of issuance)
 * @param lastTerminalId terminal or outlet of the last transaction
 * @param repair what this tap had to repair first
 */
public record WalletState(String uid, long balanceFen, int counter, LocalDateTime lastTransactionTime,
                          String lastTerminalId, Repair repair) implements WalletCheck {

    /** What a tap repaired before reporting the wallet. */
    public enum Repair {
        /** Nothing: blocks 8, 9 and 10 agreed. */
        NONE,
        /**
         * The last transaction was complete (block 10 matches block 8) but its backup was not:
         * block 8 was copied to block 9.
         */
        BACKUP_REFRESHED,
        /**
         * The last transaction stopped after its value operation (block 10 still matches the old
         * balance in block 9): block 9 was copied back to block 8, undoing it.
         */
        BALANCE_ROLLED_BACK
    }
}
