package cn.lianxin.onecard.integration.cardio;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * The one class that speaks the card-layout.md reader commands (PC/SC Part 3 storage-card
 * pseudo-APDUs, as ACR122U-class readers implement them) to a MIFARE Classic 1K card, over any
 * {@link ApduChannel}: a real PC/SC reader or the simulated one.
 *
 * <p>Every failure is a {@link CardCommandException} naming the command, the block and the
 * status word, for example {@code "authenticate block 9 with key B: status 6300"}. Keys are
 * loaded into reader slot 0 (key A) or 1 (key B) just before each authentication and never
 * appear in messages or logs.
 *
 * <p>Not thread-safe: one adapter serves one card session at a time.
 */
public final class CardReaderAdapter {

    private static final Logger log = LoggerFactory.getLogger(CardReaderAdapter.class);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final byte CLA = (byte) 0xFF;
    private static final byte INS_GET_DATA = (byte) 0xCA;
    private static final byte INS_LOAD_KEY = (byte) 0x82;
    private static final byte INS_AUTHENTICATE = (byte) 0x86;
    private static final byte INS_READ = (byte) 0xB0;
    private static final byte INS_WRITE = (byte) 0xD6;
    private static final byte INS_VALUE = (byte) 0xD7;
    private static final byte INS_READ_VALUE = (byte) 0xB1;
    private static final int SW_OK = 0x9000;

    private final ApduChannel channel;

    /** An adapter driving the card behind {@code channel}. */
    public CardReaderAdapter(ApduChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /** The reader this adapter talks through. */
    public String readerName() {
        return channel.readerName();
    }

    /** The card's 4-byte UID as 8 upper-case hex digits ({@code FF CA 00 00 00}). */
    public String readUid() {
        byte[] data = exchange("get UID", null, new byte[] {CLA, INS_GET_DATA, 0, 0, 0});
        if (data.length != Mifare1k.UID_BYTES) {
            throw CardCommandException.malformed("get UID", null,
                    "answer of " + data.length + " data bytes, expected " + Mifare1k.UID_BYTES);
        }
        return HEX.formatHex(data);
    }

    /**
     * Loads {@code key6} into the reader ({@code FF 82 00 0n 06 key}, slot 0 for key A, 1 for key
     * B) and authenticates the sector of {@code block} with it
     * ({@code FF 86 00 00 05 01 00 b 60|61 0n}). A wrong key fails with status {@code 6300}.
     */
    public void authenticate(int block, KeySlot slot, byte[] key6) {
        Mifare1k.requireBlock(block);
        Objects.requireNonNull(slot, "slot");
        if (key6 == null || key6.length != Mifare1k.KEY_BYTES) {
            throw new IllegalArgumentException("a MIFARE key is 6 bytes");
        }
        int keySlot = slot == KeySlot.A ? 0 : 1;
        byte[] load = new byte[5 + Mifare1k.KEY_BYTES];
        load[0] = CLA;
        load[1] = INS_LOAD_KEY;
        load[2] = 0;
        load[3] = (byte) keySlot;
        load[4] = Mifare1k.KEY_BYTES;
        System.arraycopy(key6, 0, load, 5, Mifare1k.KEY_BYTES);
        try {
            expectNoData("load key " + slot + " for block " + block + " into slot " + keySlot, block, load);
        } finally {
            Arrays.fill(load, (byte) 0);
        }
        byte keyType = slot == KeySlot.A ? (byte) 0x60 : (byte) 0x61;
        expectNoData("authenticate block " + block + " with key " + slot, block,
                new byte[] {CLA, INS_AUTHENTICATE, 0, 0, 5, 1, 0, (byte) block, keyType, (byte) keySlot});
    }

    /** The 16 bytes of {@code block} ({@code FF B0 00 b 10}). */
    public byte[] readBlock(int block) {
        Mifare1k.requireBlock(block);
        String command = "read block " + block;
        byte[] data = exchange(command, block, new byte[] {CLA, INS_READ, 0, (byte) block, Mifare1k.BLOCK_BYTES});
        if (data.length != Mifare1k.BLOCK_BYTES) {
            throw CardCommandException.malformed(command, block,
                    "answer of " + data.length + " data bytes, expected " + Mifare1k.BLOCK_BYTES);
        }
        return data;
    }

    /** Writes 16 bytes to {@code block} ({@code FF D6 00 b 10 data}). */
    public void writeBlock(int block, byte[] data16) {
        Mifare1k.requireBlock(block);
        if (data16 == null || data16.length != Mifare1k.BLOCK_BYTES) {
            throw new IllegalArgumentException("a block is 16 bytes");
        }
        byte[] apdu = new byte[5 + Mifare1k.BLOCK_BYTES];
        apdu[0] = CLA;
        apdu[1] = INS_WRITE;
        apdu[3] = (byte) block;
        apdu[4] = Mifare1k.BLOCK_BYTES;
        System.arraycopy(data16, 0, apdu, 5, Mifare1k.BLOCK_BYTES);
        try {
            expectNoData("write block " + block, block, apdu);
        } finally {
            if (Mifare1k.isTrailer(block)) {
                Arrays.fill(apdu, (byte) 0);
            }
        }
    }

    /** Formats {@code block} as a value block holding {@code value} (value operation 00, store). */
    public void storeValue(int block, int value) {
        valueOperation("store value in block " + block, block, 0x00, value);
    }

    /** Adds {@code amount} (≥ 0) to value block {@code block} (value operation 01, increment + transfer). */
    public void increment(int block, int amount) {
        valueOperation("increment block " + block, block, 0x01, requireNonNegative(amount));
    }

    /** Subtracts {@code amount} (≥ 0) from value block {@code block} (value operation 02, decrement + transfer). */
    public void decrement(int block, int amount) {
        valueOperation("decrement block " + block, block, 0x02, requireNonNegative(amount));
    }

    /** The value held by value block {@code block} ({@code FF B1 00 b 04}). */
    public int readValue(int block) {
        Mifare1k.requireBlock(block);
        String command = "read value block " + block;
        byte[] data = exchange(command, block, new byte[] {CLA, INS_READ_VALUE, 0, (byte) block, 4});
        if (data.length != 4) {
            throw CardCommandException.malformed(command, block, "answer of " + data.length + " data bytes, expected 4");
        }
        return (data[0] & 0xFF) << 24 | (data[1] & 0xFF) << 16 | (data[2] & 0xFF) << 8 | (data[3] & 0xFF);
    }

    /** Copies value block {@code from} into block {@code to} of the same sector ({@code FF D7 00 b 02 03 c}). */
    public void restore(int from, int to) {
        Mifare1k.requireBlock(from);
        Mifare1k.requireBlock(to);
        expectNoData("restore block " + from + " into block " + to, from,
                new byte[] {CLA, INS_VALUE, 0, (byte) from, 2, 3, (byte) to});
    }

    private void valueOperation(String command, int block, int op, int value) {
        Mifare1k.requireBlock(block);
        expectNoData(command, block, new byte[] {CLA, INS_VALUE, 0, (byte) block, 5, (byte) op,
            (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static int requireNonNegative(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a value operation amount must not be negative, was " + amount);
        }
        return amount;
    }

    private void expectNoData(String command, Integer block, byte[] apdu) {
        byte[] data = exchange(command, block, apdu);
        if (data.length != 0) {
            throw CardCommandException.malformed(command, block,
                    "answer of " + data.length + " data bytes, expected none");
        }
    }

    /** Sends {@code apdu}, returns the response data if the status word is 90 00, throws otherwise. */
    private byte[] exchange(String command, Integer block, byte[] apdu) {
        byte[] response;
        try {
            response = channel.transmit(apdu);
        } catch (CardTransportException e) {
            log.debug("{} on {}: {}", command, channel.readerName(), e.getMessage());
            throw CardCommandException.transport(command, block, e);
        }
        if (response == null || response.length < 2) {
            throw CardCommandException.malformed(command, block,
                    "answer of " + (response == null ? 0 : response.length) + " bytes, no status word");
        }
        int sw = (response[response.length - 2] & 0xFF) << 8 | (response[response.length - 1] & 0xFF);
        log.debug("{} on {}: status {}", command, channel.readerName(), CardCommandException.hex4(sw));
        if (sw != SW_OK) {
            throw CardCommandException.status(command, block, sw);
        }
        return Arrays.copyOf(response, response.length - 2);
    }
}
