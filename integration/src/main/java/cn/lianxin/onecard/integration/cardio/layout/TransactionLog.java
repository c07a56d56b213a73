package cn.lianxin.onecard.integration.cardio.layout;

import java.util.ArrayList;
import java.util.List;

import cn.lianxin.onecard.integration.cardio.Mifare1k;

/**
 * The six cyclic record slots of sectors 4–5: slot 0–2 are blocks 16–18, slot 3–5 blocks 20–22.
 * The record of the transaction that took the wallet counter to {@code n} (n ≥ 1) goes to slot
 * {@code (n − 1) mod 6}, so the newest record is found from the counter in block 10 and no
 * pointer has to be kept on the card.
 */
public final class TransactionLog {

    /** The record blocks in slot order. */
    public static final List<Integer> BLOCKS = List.of(16, 17, 18, 20, 21, 22);
    /** Number of records kept. */
    public static final int SLOTS = BLOCKS.size();

    private TransactionLog() {
    }

    /** The block that receives the record of the transaction with counter {@code counter} (≥ 1). */
    public static int blockFor(int counter) {
        if (counter < 1) {
            throw new IllegalArgumentException("the first transaction has counter 1, was " + counter);
        }
        return BLOCKS.get((counter - 1) % SLOTS);
    }

    /** The sector of {@link #blockFor(int)}. */
    public static int sectorFor(int counter) {
        return Mifare1k.sectorOf(blockFor(counter));
    }

    /**
     * The records of the six slots (blocks in {@link #BLOCKS} order), newest first, each with the
     * counter it belongs to given the wallet's current {@code counter}; empty slots are left out.
     * A slot whose transaction was never recorded (a tear before the record was written) still
     * holds the record from six transactions earlier; callers that need to know compare the
     * newest record's time and terminal with block 10.
     */
    public static List<Entry> decode(List<byte[]> slotBlocks, int counter) {
        if (slotBlocks.size() != SLOTS) {
            throw new IllegalArgumentException("give the " + SLOTS + " record blocks in slot order");
        }
        List<Entry> entries = new ArrayList<>();
        for (int back = 0; back < SLOTS && counter - back >= 1; back++) {
            int entryCounter = counter - back;
            byte[] block = slotBlocks.get((entryCounter - 1) % SLOTS);
            if (!TransactionRecord.isEmpty(block)) {
                entries.add(new Entry(entryCounter, TransactionRecord.decode(block)));
            }
        }
        return entries;
    }

    /**
     * A record with the counter of its transaction.
     *
     * @param counter wallet counter after the transaction
     * @param record the record
     */
    public record Entry(int counter, TransactionRecord record) {
    }
}
