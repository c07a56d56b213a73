package cn.lianxin.onecard.integration.cardio.sim;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.lianxin.onecard.integration.cardio.AbstractCardPresenceMonitor;
import cn.lianxin.onecard.integration.cardio.ApduChannel;
import cn.lianxin.onecard.integration.cardio.CardPresenceMonitor;
import cn.lianxin.onecard.integration.cardio.CardTransportException;
import cn.lianxin.onecard.integration.cardio.Mifare1k;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * A simulated ACR122U-class reader holding zero or one {@link VirtualMifareClassic1k}. It is an
 * in-memory {@link ApduChannel} answering exactly the pseudo-APDUs of card-layout.md:
 *
 * <table>
 *   <caption>Commands</caption>
 *   <tr><th>command</th><th>APDU</th><th>success</th></tr>
 *   <tr><td>get UID</td><td>{@code FF CA 00 00 00} (Le 00 or 04)</td><td>UID ‖ 90 00</td></tr>
 *   <tr><td>load key</td><td>{@code FF 82 00 0n 06 key}, slot n = 0 or 1</td><td>90 00</td></tr>
 *   <tr><td>authenticate</td><td>{@code FF 86 00 00 05 01 00 b 60|61 0n}</td><td>90 00</td></tr>
 *   <tr><td>read block</td><td>{@code FF B0 00 b 10}</td><td>16 bytes ‖ 90 00</td></tr>
 *   <tr><td>write block</td><td>{@code FF D6 00 b 10 data}</td><td>90 00</td></tr>
 *   <tr><td>value operation</td><td>{@code FF D7 00 b 05 op value}: 00 store (a write of a value
 *       block with address byte b), 01 increment + transfer, 02 decrement + transfer</td><td>90 00</td></tr>
 *   <tr><td>read value</td><td>{@code FF B1 00 b 04}</td><td>value (big-endian) ‖ 90 00</td></tr>
 *   <tr><td>restore</td><td>{@code FF D7 00 b 02 03 c}: restore b + transfer into c</td><td>90 00</td></tr>
 * </table>
 *
 * <p>Status words other than {@code 90 00}, checked in this order:
 * <ul>
 *   <li>{@code 67 00} wrong length: fewer than 5 bytes, Lc not matching the command's data, a
 *       data length the command does not take, or Le other than the command's;</li>
 *   <li>{@code 6E 00} class not supported: CLA other than {@code FF};</li>
 *   <li>{@code 6D 00} instruction not supported: any other INS;</li>
 *   <li>{@code 6B 00} wrong parameters: a block number above 63 (P1 must be 00, the block's high
 *       byte), a key slot other than 0 or 1, P1 P2 not 00 00 where the command has none;</li>
 *   <li>{@code 6A 81} function not supported: authenticate version byte other than 01, key type
 *       other than 60/61, value operation other than 00/01/02 (or 03 outside the restore form),
 *       GET DATA other than the UID;</li>
 *   <li>{@code 63 00} the card refused: wrong key, key slot never loaded, sector not
 *       authenticated, operation forbidden by the access bits, block 0 written, value operation on
 *       a block that is not a value block, decrement below zero, blocked sector.</li>
 * </ul>
 * With no card in the field every command, even a load key, fails the way PC/SC does: with a
 * {@link CardTransportException} whose {@code isCardAbsent()} is true.
 *
 * <p>{@link #tearAfter(int)} takes the card out of the field right after the n-th next command
 * completes; the card keeps exactly the state that command left. {@link #tearDuring(int)} lets
 * the card execute the n-th next command but takes it away before the answer arrives, so the
 * caller cannot know whether it happened. Thread-safe; presence listeners are called on the
 * thread that moved the card.
 */
public final class SimulatedReader implements ApduChannel {

    private static final byte[] SW_OK = {(byte) 0x90, 0x00};
    private static final byte[] SW_REFUSED = {0x63, 0x00};
    private static final byte[] SW_WRONG_LENGTH = {0x67, 0x00};
    private static final byte[] SW_CLA_NOT_SUPPORTED = {0x6E, 0x00};
    private static final byte[] SW_INS_NOT_SUPPORTED = {0x6D, 0x00};
    private static final byte[] SW_WRONG_P1P2 = {0x6B, 0x00};
    private static final byte[] SW_FUNCTION_NOT_SUPPORTED = {0x6A, (byte) 0x81};
    private static final int KEY_SLOTS = 2;

    private final String name;
    private final Clock clock;
    private final byte[][] keySlots = new byte[KEY_SLOTS][];
    private final List<Monitor> monitors = new CopyOnWriteArrayList<>();
    private VirtualMifareClassic1k card;
    private int tearCountdown;
    private boolean answerLost;
    private long commandsTransmitted;

    /** An empty reader named {@code name}. */
    public SimulatedReader(String name) {
        this(name, Clock.systemDefaultZone());
    }

    /** An empty reader named {@code name} stamping presence events with {@code clock}. */
    public SimulatedReader(String name, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String readerName() {
        return name;
    }

    /** Puts {@code card} into the field; presence monitors see it presented. */
    public void putCard(VirtualMifareClassic1k newCard) {
        Objects.requireNonNull(newCard, "card");
        synchronized (this) {
            if (card != null) {
                throw new IllegalStateException("reader " + name + " already holds card " + card.uid());
            }
            newCard.fieldReset();
            card = newCard;
            tearCountdown = 0;
        }
        monitors.forEach(Monitor::presented);
    }

    /** Takes the card (if any) out of the field; presence monitors see it removed. */
    public Optional<VirtualMifareClassic1k> takeCard() {
        VirtualMifareClassic1k taken;
        synchronized (this) {
            taken = removeCardLocked();
        }
        if (taken != null) {
            monitors.forEach(Monitor::removed);
        }
        return Optional.ofNullable(taken);
    }

    /** The card in the field, if any. */
    public synchronized Optional<VirtualMifareClassic1k> card() {
        return Optional.ofNullable(card);
    }

    /** Whether a card is in the field. */
    public synchronized boolean isCardPresent() {
        return card != null;
    }

    /**
     * Tears the card away right after the next {@code commands} commands complete (0: now). The
     * command after that finds no card.
     */
    public void tearAfter(int commands) {
        if (commands < 0) {
            throw new IllegalArgumentException("commands must not be negative, was " + commands);
        }
        if (commands == 0) {
            takeCard();
            return;
        }
        synchronized (this) {
            if (card == null) {
                throw new IllegalStateException("reader " + name + " holds no card to tear away");
            }
            tearCountdown = commands;
            answerLost = false;
        }
    }

    /**
     * Lets the card execute the {@code command}-th next command (≥ 1), then tears it away before
     * the answer arrives: that command fails with "no card" although the card carried it out.
     */
    public void tearDuring(int command) {
        if (command < 1) {
            throw new IllegalArgumentException("command must be at least 1, was " + command);
        }
        synchronized (this) {
            if (card == null) {
                throw new IllegalStateException("reader " + name + " holds no card to tear away");
            }
            tearCountdown = command;
            answerLost = true;
        }
    }

    /** How many commands reached a card since this reader was made. */
    public synchronized long commandsTransmitted() {
        return commandsTransmitted;
    }

    /** A presence monitor of this reader; events fire when a card is put down, taken or torn away. */
    public CardPresenceMonitor presenceMonitor() {
        Monitor monitor;
        synchronized (this) {
            monitor = new Monitor(card != null);
            monitors.add(monitor);
        }
        return monitor;
    }

    @Override
    public byte[] transmit(byte[] apdu) {
        Objects.requireNonNull(apdu, "apdu");
        byte[] response;
        boolean torn = false;
        boolean lost = false;
        synchronized (this) {
            if (card == null) {
                throw new CardTransportException("no card in reader " + name, true);
            }
            commandsTransmitted++;
            response = process(card, apdu);
            if (tearCountdown > 0 && --tearCountdown == 0) {
                lost = answerLost;
                removeCardLocked();
                torn = true;
            }
        }
        if (torn) {
            monitors.forEach(Monitor::removed);
        }
        if (lost) {
            throw new CardTransportException("card left reader " + name + " before answering", true);
        }
        return response;
    }

    private VirtualMifareClassic1k removeCardLocked() {
        VirtualMifareClassic1k taken = card;
        if (taken != null) {
            taken.fieldReset();
        }
        card = null;
        tearCountdown = 0;
        answerLost = false;
        return taken;
    }

    private byte[] process(VirtualMifareClassic1k target, byte[] apdu) {
        if (apdu.length < 5) {
            return SW_WRONG_LENGTH.clone();
        }
        if (apdu[0] != (byte) 0xFF) {
            return SW_CLA_NOT_SUPPORTED.clone();
        }
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        int p3 = apdu[4] & 0xFF;
        try {
            return switch (apdu[1]) {
                case (byte) 0xCA -> getUid(target, apdu, p1, p2, p3);
                case (byte) 0x82 -> loadKey(apdu, p1, p2, p3);
                case (byte) 0x86 -> authenticate(target, apdu, p1, p2, p3);
                case (byte) 0xB0 -> read(target, apdu, p1, p2, p3);
                case (byte) 0xD6 -> write(target, apdu, p1, p2, p3);
                case (byte) 0xD7 -> valueOperation(target, apdu, p1, p2, p3);
                case (byte) 0xB1 -> readValue(target, apdu, p1, p2, p3);
                default -> SW_INS_NOT_SUPPORTED.clone();
            };
        } catch (ChipRefusalException e) {
            return SW_REFUSED.clone();
        }
    }

    private static byte[] getUid(VirtualMifareClassic1k target, byte[] apdu, int p1, int p2, int le) {
        if (apdu.length != 5 || (le != 0 && le != Mifare1k.UID_BYTES)) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || p2 != 0) {
            return SW_FUNCTION_NOT_SUPPORTED.clone();
        }
        return withOk(target.uidBytes());
    }

    private byte[] loadKey(byte[] apdu, int p1, int slot, int lc) {
        if (lc != Mifare1k.KEY_BYTES || apdu.length != 5 + Mifare1k.KEY_BYTES) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || slot >= KEY_SLOTS) {
            return SW_WRONG_P1P2.clone();
        }
        keySlots[slot] = Arrays.copyOfRange(apdu, 5, 5 + Mifare1k.KEY_BYTES);
        return SW_OK.clone();
    }

    private byte[] authenticate(VirtualMifareClassic1k target, byte[] apdu, int p1, int p2, int lc) {
        if (lc != 5 || apdu.length != 10) {
            return SW_WRONG_LENGTH.clone();
        }
        int version = apdu[5] & 0xFF;
        int blockHigh = apdu[6] & 0xFF;
        int block = apdu[7] & 0xFF;
        int keyType = apdu[8] & 0xFF;
        int slot = apdu[9] & 0xFF;
        if (p1 != 0 || p2 != 0 || blockHigh != 0 || block >= Mifare1k.BLOCKS || slot >= KEY_SLOTS) {
            return SW_WRONG_P1P2.clone();
        }
        if (version != 0x01 || (keyType != 0x60 && keyType != 0x61)) {
            return SW_FUNCTION_NOT_SUPPORTED.clone();
        }
        if (keySlots[slot] == null) {
            return SW_REFUSED.clone();
        }
        target.authenticate(block, keyType == 0x60 ? KeySlot.A : KeySlot.B, keySlots[slot]);
        return SW_OK.clone();
    }

    private static byte[] read(VirtualMifareClassic1k target, byte[] apdu, int p1, int block, int le) {
        if (apdu.length != 5 || le != Mifare1k.BLOCK_BYTES) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || block >= Mifare1k.BLOCKS) {
            return SW_WRONG_P1P2.clone();
        }
        return withOk(target.read(block));
    }

    private static byte[] write(VirtualMifareClassic1k target, byte[] apdu, int p1, int block, int lc) {
        if (lc != Mifare1k.BLOCK_BYTES || apdu.length != 5 + Mifare1k.BLOCK_BYTES) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || block >= Mifare1k.BLOCKS) {
            return SW_WRONG_P1P2.clone();
        }
        target.write(block, Arrays.copyOfRange(apdu, 5, 5 + Mifare1k.BLOCK_BYTES));
        return SW_OK.clone();
    }

    private static byte[] valueOperation(VirtualMifareClassic1k target, byte[] apdu, int p1, int block, int lc) {
        boolean valueForm = lc == 5 && apdu.length == 10;
        boolean restoreForm = lc == 2 && apdu.length == 7;
        if (!valueForm && !restoreForm) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || block >= Mifare1k.BLOCKS) {
            return SW_WRONG_P1P2.clone();
        }
        int op = apdu[5] & 0xFF;
        if (restoreForm) {
            if (op != 0x03) {
                return SW_FUNCTION_NOT_SUPPORTED.clone();
            }
            int into = apdu[6] & 0xFF;
            if (into >= Mifare1k.BLOCKS) {
                return SW_WRONG_P1P2.clone();
            }
            target.restore(block);
            target.transfer(into);
            return SW_OK.clone();
        }
        int value = (apdu[6] & 0xFF) << 24 | (apdu[7] & 0xFF) << 16 | (apdu[8] & 0xFF) << 8 | (apdu[9] & 0xFF);
        switch (op) {
            case 0x00 -> target.write(block, ValueBlock.encode(value, block));
            case 0x01 -> {
                target.increment(block, value);
                target.transfer(block);
            }
            case 0x02 -> {
                target.decrement(block, value);
                target.transfer(block);
            }
            default -> {
                return SW_FUNCTION_NOT_SUPPORTED.clone();
            }
        }
        return SW_OK.clone();
    }

    private static byte[] readValue(VirtualMifareClassic1k target, byte[] apdu, int p1, int block, int le) {
        if (apdu.length != 5 || le != 4) {
            return SW_WRONG_LENGTH.clone();
        }
        if (p1 != 0 || block >= Mifare1k.BLOCKS) {
            return SW_WRONG_P1P2.clone();
        }
        if (Mifare1k.isTrailer(block)) {
            return SW_REFUSED.clone();
        }
        byte[] data = target.read(block);
        if (!ValueBlock.isValid(data)) {
            return SW_REFUSED.clone();
        }
        int value = ValueBlock.value(data);
        return withOk(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static byte[] withOk(byte[] data) {
        byte[] response = Arrays.copyOf(data, data.length + 2);
        response[data.length] = SW_OK[0];
        response[data.length + 1] = SW_OK[1];
        return response;
    }

    /** For example {@code SimulatedReader[Counter 1, card A1B2C3D4]}. */
    @Override
    public synchronized String toString() {
        return "SimulatedReader[" + name + ", " + (card == null ? "no card" : "card " + card.uid()) + "]";
    }

    private final class Monitor extends AbstractCardPresenceMonitor {

        Monitor(boolean present) {
            super(name, present, clock);
        }

        void presented() {
            cardPresented();
        }

        void removed() {
            cardRemoved();
        }

        @Override
        public void close() {
            monitors.remove(this);
            super.close();
        }
    }
}
