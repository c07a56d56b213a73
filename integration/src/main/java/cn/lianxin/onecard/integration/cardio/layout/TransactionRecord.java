package cn.lianxin.onecard.integration.cardio.layout;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One 16-byte transaction record of sectors 4–5:
 * <pre>
 * byte  0     type ({@link TransactionType}: 01 property fee, 02 parking fee, 03 other service, 80 recharge)
 * bytes 1–3   amount in fen, unsigned big-endian (at most 16 777 215 fen = 167 772.15 CNY)
 * bytes 4–7   balance after the transaction in fen, big-endian
 * bytes 8–11  time: unsigned big-endian seconds since 1970-01-01T00:00:00Z (Asia/Shanghai local)
 * bytes 12–15 terminal id, BCD (8 digits)
 * </pre>
 * An all-zero block is an empty slot.
 *
 * @param type what the transaction was
 * @param amountFen amount, 1–16 777 215 fen
 * @param balanceAfterFen wallet balance after it, 0–2 147 483 647 fen
 * @param time when, whole seconds
 * @param terminalId 8-digit terminal or outlet id
 */
public record TransactionRecord(TransactionType type, long amountFen, long balanceAfterFen, LocalDateTime time,
                                String terminalId) {

    /** The largest amount three bytes hold. */
    public static final long MAX_AMOUNT_FEN = 0xFFFFFFL;

    /** Checks every field fits its place on the card. */
    public TransactionRecord {
        Objects.requireNonNull(type, "type");
        if (amountFen <= 0 || amountFen > MAX_AMOUNT_FEN) {
            throw new IllegalArgumentException("a recorded amount must be 1..16777215 fen, was " + amountFen);
        }
        WalletLayout.toCardValue(balanceAfterFen);
        Objects.requireNonNull(time, "time");
        time = Bytes.toCardPrecision(time);
        if (terminalId == null || !terminalId.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("terminalId must be 8 digits, was \"" + terminalId + "\"");
        }
    }

    /** The 16 bytes of the record. */
    public byte[] encode() {
        byte[] block = new byte[16];
        block[0] = (byte) type.code();
        Bytes.putUnsigned(block, 1, amountFen, 3);
        Bytes.putInt(block, 4, WalletLayout.toCardValue(balanceAfterFen));
        Bytes.putTime(block, 8, time, "time");
        Bcd.put(block, 12, terminalId, 8, "terminalId");
        return block;
    }

    /** Whether {@code block} is an empty slot (all zeros). */
    public static boolean isEmpty(byte[] block) {
        Bytes.requireBlock(block, "record block");
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes a non-empty record block. */
    public static TransactionRecord decode(byte[] block) {
        Bytes.requireBlock(block, "record block");
        int balance = Bytes.getInt(block, 4);
        if (balance < 0) {
            throw new CardLayoutException("transaction record: negative balance after (" + balance + ")");
        }
        long amount = Bytes.getUnsigned(block, 1, 3);
        if (amount == 0) {
            throw new CardLayoutException("transaction record: zero amount");
        }
        return new TransactionRecord(TransactionType.ofCode(block[0] & 0xFF), amount, balance,
                Bytes.getTime(block, 8), Bcd.get(block, 12, 4, "transaction record terminal id"));
    }
}
