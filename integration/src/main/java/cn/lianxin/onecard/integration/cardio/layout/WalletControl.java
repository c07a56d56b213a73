package cn.lianxin.onecard.integration.cardio.layout;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * The wallet control block, block 10:
 * <pre>
 * bytes 0–2   transaction counter, unsigned big-endian (0 after issuance, +1 per wallet transaction)
 * bytes 3–6   last transaction time: unsigned big-endian seconds since 1970-01-01T00:00:00Z
 *             (shown as Asia/Shanghai local time)
 * bytes 7–10  last terminal id, BCD (8 digits)
 * byte  11    00 (reserved)
 * bytes 12–15 mac4(K_wallet(uid), uid 4 ‖ balance 4 ‖ counter 3 ‖ time 4 ‖ terminal 4)
 * </pre>
 * The MAC input is 19 bytes: the balance as a signed 4-byte big-endian integer (the value of
 * block 8 in fen), counter, time and terminal exactly as stored above. 16 bytes do not hold a
 * 7-byte BCD time next to the other fields, hence the 4-byte seconds.
 *
 * @param counter transaction counter, 0–16 777 215
 * @param lastTransactionTime time of the last wallet transaction (or of issuance), whole seconds
 * @param lastTerminalId 8-digit id of the terminal or outlet that made it
 * @param mac the MAC, 8 upper-case hex digits
 */
public record WalletControl(int counter, LocalDateTime lastTransactionTime, String lastTerminalId, String mac) {

    /** The block holding the wallet control data. */
    public static final int BLOCK = 10;
    /** Highest counter three bytes hold. */
    public static final int MAX_COUNTER = 0xFFFFFF;

    /** Checks the fields. */
    public WalletControl {
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter must be 0..16777215, was " + counter);
        }
        Objects.requireNonNull(lastTransactionTime, "lastTransactionTime");
        if (lastTerminalId == null || !lastTerminalId.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("lastTerminalId must be 8 digits, was \"" + lastTerminalId + "\"");
        }
        if (mac == null || !mac.matches("[0-9A-F]{8}")) {
            throw new IllegalArgumentException("mac must be 8 upper-case hex digits");
        }
    }

    /** The control block after a transaction leaving {@code balanceFen} on card {@code uid}, with its MAC. */
    public static WalletControl sign(String uid, long balanceFen, int counter, LocalDateTime time, String terminalId,
                                     KeySystem keys) {
        LocalDateTime atCardPrecision = Bytes.toCardPrecision(time);
        String unsigned = "00000000";
        WalletControl draft = new WalletControl(counter, atCardPrecision, terminalId, unsigned);
        String mac = keys.walletMac(uid, draft.macInput(uid, WalletLayout.toCardValue(balanceFen)));
        return new WalletControl(counter, atCardPrecision, terminalId, mac);
    }

    /** Whether this block's MAC is the one for {@code balance} (the card's value) on card {@code uid}. */
    public boolean matches(String uid, int balance, KeySystem keys) {
        return Mac4.matches(keys.walletKey(uid), macInput(uid, balance), mac);
    }

    /** The 16 bytes of block 10. */
    public byte[] encode() {
        byte[] block = new byte[16];
        System.arraycopy(fields(), 0, block, 0, 11);
        System.arraycopy(Bytes.HEX.parseHex(mac), 0, block, 12, 4);
        return block;
    }

    /** Decodes block 10 (the MAC is checked by {@link #matches}, against a balance). */
    public static WalletControl decode(byte[] block) {
        Bytes.requireBlock(block, "block 10");
        return new WalletControl(
                (int) Bytes.getUnsigned(block, 0, 3),
                Bytes.getTime(block, 3),
                Bcd.get(block, 7, 4, "wallet control terminal id (block 10)"),
                Bytes.HEX.formatHex(block, 12, 16));
    }

    /** The 19-byte MAC input: uid ‖ balance ‖ counter ‖ time ‖ terminal. */
    public byte[] macInput(String uid, int balance) {
        byte[] balanceBytes = new byte[4];
        Bytes.putInt(balanceBytes, 0, balance);
        byte[] fields = fields();
        return Bytes.concat(Bytes.uidBytes(uid), balanceBytes, Arrays.copyOfRange(fields, 0, 11));
    }

    /** Counter 3 ‖ time 4 ‖ terminal 4. */
    private byte[] fields() {
        byte[] f = new byte[11];
        Bytes.putUnsigned(f, 0, counter, 3);
        Bytes.putTime(f, 3, lastTransactionTime, "lastTransactionTime");
        Bcd.put(f, 7, lastTerminalId, 8, "lastTerminalId");
        return f;
    }
}
