package cn.lianxin.onecard.integration.cardio.layout;

import cn.lianxin.onecard.integration.cardio.ValueBlock;

/**
 * The public wallet, sector 2: block 8 the balance in fen as a MIFARE value block, block 9 its
 * backup (same format, written by restore 8 → 9), block 10 the {@link WalletControl}. Both
 * value blocks carry address byte {@code 08}: a restore copies the source block whole, address
 * byte included, so the backup is byte for byte the balance block it was copied from.
 */
public final class WalletLayout {

    /** The wallet's sector. */
    public static final int SECTOR = 2;
    /** The balance value block. */
    public static final int BALANCE_BLOCK = 8;
    /** The backup value block. */
    public static final int BACKUP_BLOCK = 9;
    /** The control block. */
    public static final int CONTROL_BLOCK = WalletControl.BLOCK;
    /** Address byte of both value blocks. */
    public static final int VALUE_ADDRESS = BALANCE_BLOCK;

    private WalletLayout() {
    }

    /** Block 8 (and 9) holding {@code balanceFen}. */
    public static byte[] balanceBlock(long balanceFen) {
        return ValueBlock.encode(toCardValue(balanceFen), VALUE_ADDRESS);
    }

    /** {@code fen} as the card's value: refused below zero or above 2 147 483 647 fen, never truncated. */
    public static int toCardValue(long fen) {
        if (fen < 0 || fen > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a card balance or amount must be 0..2147483647 fen, was " + fen);
        }
        return (int) fen;
    }
}
