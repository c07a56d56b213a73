package cn.lianxin.onecard.integration.cardio.sim;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import cn.lianxin.onecard.integration.cardio.AccessBits;
import cn.lianxin.onecard.integration.cardio.Mifare1k;
import cn.lianxin.onecard.integration.cardio.ValueBlock;
import cn.lianxin.onecard.integration.keys.KeySlot;

/**
 * A virtual MIFARE Classic 1K card (NXP MF1S50) with a 4-byte NUID: 64 blocks of 16 bytes, the
 * manufacturer block 0 read-only, a real trailer per sector whose access bits are decoded and
 * enforced on every command as the datasheet's two access-condition tables say.
 *
 * <p>Behaviour modelled on the chip:
 * <ul>
 *   <li>Authentication is per sector and replaces any earlier one; a command on a block of
 *       another sector is refused.</li>
 *   <li>Key A is never readable (reads as zeros). Key B reads as zeros unless the trailer
 *       condition makes it readable (000, 010, 001); then key B cannot be used: the chip lets the
 *       authentication complete and refuses every access after it, this card refuses the
 *       authentication itself — either way the reader's first answer with key B is {@code 63 00}
 *       and nothing in the sector can be reached with it.</li>
 *   <li>Access bits whose inverted copies do not match block the sector: every authentication
 *       and command on it is refused, for good.</li>
 *   <li>A trailer write changes only the parts (key A; access bits with the user byte; key B)
 *       the authenticated key may write, and is refused when it may write none of them.</li>
 *   <li>Increment, decrement and restore leave their result in a transfer buffer that the next
 *       command, {@link #transfer}, writes; any other command discards it. Value operations on a
 *       block that is not a well-formed value block are refused.</li>
 *   <li>Any refusal drops the authentication (the chip goes back to idle), as does leaving the
 *       field.</li>
 * </ul>
 * One deliberate difference: the chip does arithmetic on signed 32-bit values without limits;
 * this card refuses a negative operand, a decrement whose result would be below zero and an
 * increment that would overflow, because the project's values are balances. Code that drives a
 * real card must check before decrementing (the wallet does).
 *
 * <p>Refusals are {@link ChipRefusalException}s; {@link SimulatedReader} answers them with
 * {@code 63 00}. Thread-safe.
 */
public final class VirtualMifareClassic1k {

    /** The transport key of a factory-fresh card. */
    public static final String TRANSPORT_KEY_HEX = "FFFFFFFFFFFF";
    /** SAK of a MIFARE Classic 1K. */
    public static final int SAK = 0x08;
    /** ATQA of a MIFARE Classic 1K with a 4-byte UID, {@code 0x0004} (stored {@code 04 00} in block 0). */
    public static final int ATQA = 0x0004;

    private static final byte[] MANUFACTURER_DATA = HexFormat.of().parseHex("6263646566676869");
    private static final byte FACTORY_USER_BYTE = 0x69;

    private final byte[] uid;
    private final byte[][] memory = new byte[Mifare1k.BLOCKS][];
    private int authenticatedSector = -1;
    private KeySlot authenticatedWith;
    private byte[] transferBuffer;

    private VirtualMifareClassic1k(byte[] uid) {
        this.uid = uid.clone();
        for (int block = 0; block < Mifare1k.BLOCKS; block++) {
            memory[block] = new byte[Mifare1k.BLOCK_BYTES];
        }
        byte[] block0 = memory[0];
        System.arraycopy(uid, 0, block0, 0, Mifare1k.UID_BYTES);
        block0[4] = (byte) (uid[0] ^ uid[1] ^ uid[2] ^ uid[3]);
        block0[5] = (byte) SAK;
        block0[6] = (byte) ATQA;
        block0[7] = (byte) (ATQA >>> 8);
        System.arraycopy(MANUFACTURER_DATA, 0, block0, 8, MANUFACTURER_DATA.length);
        byte[] transportKey = HexFormat.of().parseHex(TRANSPORT_KEY_HEX);
        byte[] transportBits = AccessBits.TRANSPORT.encode();
        for (int sector = 0; sector < Mifare1k.SECTORS; sector++) {
            byte[] trailer = memory[Mifare1k.trailerOf(sector)];
            System.arraycopy(transportKey, 0, trailer, 0, Mifare1k.KEY_BYTES);
            System.arraycopy(transportBits, 0, trailer, 6, 3);
            trailer[9] = FACTORY_USER_BYTE;
            System.arraycopy(transportKey, 0, trailer, 10, Mifare1k.KEY_BYTES);
        }
    }

    /**
     * A factory-fresh card with UID {@code uidHex} (8 hex digits): data blocks zero, every trailer
     * {@code FFFFFFFFFFFF FF0780 69 FFFFFFFFFFFF} (transport keys, transport access bits).
     */
    public static VirtualMifareClassic1k factoryFresh(String uidHex) {
        Objects.requireNonNull(uidHex, "uidHex");
        if (!uidHex.matches("[0-9A-Fa-f]{8}")) {
            throw new IllegalArgumentException("a 4-byte UID is 8 hex digits, was \"" + uidHex + "\"");
        }
        return new VirtualMifareClassic1k(HexFormat.of().parseHex(uidHex));
    }

    /** The UID as 8 upper-case hex digits. */
    public String uid() {
        return HexFormat.of().withUpperCase().formatHex(uid);
    }

    /** The UID bytes. */
    public byte[] uidBytes() {
        return uid.clone();
    }

    // ---- chip commands ---------------------------------------------------------------------

    /**
     * Authenticates the sector of {@code block} with {@code key6} as key A or B. Refused for a
     * wrong key, for key B when the trailer makes key B readable, and for a blocked sector; a
     * refusal leaves the card unauthenticated.
     */
    public synchronized void authenticate(int block, KeySlot slot, byte[] key6) {
        Mifare1k.requireBlock(block);
        Objects.requireNonNull(slot, "slot");
        dropSession();
        int sector = Mifare1k.sectorOf(block);
        AccessBits bits = accessBitsOrBlocked(sector);
        if (slot == KeySlot.B && AccessConditions.keyBReadable(bits.trailerCondition())) {
            throw refuse("sector " + sector + ": key B is readable under trailer condition "
                    + bin(bits.trailerCondition()) + " and cannot authenticate");
        }
        byte[] trailer = memory[Mifare1k.trailerOf(sector)];
        int offset = slot == KeySlot.A ? 0 : 10;
        byte[] stored = Arrays.copyOfRange(trailer, offset, offset + Mifare1k.KEY_BYTES);
        if (key6 == null || !MessageDigest.isEqual(stored, key6)) {
            throw refuse("sector " + sector + ": authentication with key " + slot + " failed");
        }
        authenticatedSector = sector;
        authenticatedWith = slot;
    }

    /**
     * Reads a block. A trailer reads with key A as zeros, and the access bits, user byte and key B
     * as zeros where the condition does not let the authenticated key read them.
     */
    public synchronized byte[] read(int block) {
        transferBuffer = null;
        int condition = requireSession(block);
        byte[] data = memory[block].clone();
        if (Mifare1k.isTrailer(block)) {
            Arrays.fill(data, 0, 6, (byte) 0);
            if (!AccessConditions.trailerReadAccessBits(condition).allows(authenticatedWith)) {
                Arrays.fill(data, 6, 10, (byte) 0);
            }
            if (!AccessConditions.trailerReadKeyB(condition).allows(authenticatedWith)) {
                Arrays.fill(data, 10, 16, (byte) 0);
            }
            return data;
        }
        require(AccessConditions.dataRead(condition), block, condition, "read");
        return data;
    }

    /**
     * Writes a block. Block 0 is read-only. A trailer write changes only the parts the
     * authenticated key may write; writing access bits whose inverted copies do not match
     * blocks the sector for good.
     */
    public synchronized void write(int block, byte[] data16) {
        transferBuffer = null;
        if (data16 == null || data16.length != Mifare1k.BLOCK_BYTES) {
            throw new IllegalArgumentException("a block is 16 bytes");
        }
        int condition = requireSession(block);
        if (block == 0) {
            throw refuse("block 0 is the manufacturer block and read-only");
        }
        if (!Mifare1k.isTrailer(block)) {
            require(AccessConditions.dataWrite(condition), block, condition, "write");
            memory[block] = data16.clone();
            return;
        }
        byte[] trailer = memory[block].clone();
        boolean keyA = AccessConditions.trailerWriteKeyA(condition).allows(authenticatedWith);
        boolean bits = AccessConditions.trailerWriteAccessBits(condition).allows(authenticatedWith);
        boolean keyB = AccessConditions.trailerWriteKeyB(condition).allows(authenticatedWith);
        if (!keyA && !bits && !keyB) {
            throw refuse("block " + block + ": trailer condition " + bin(condition)
                    + " lets key " + authenticatedWith + " write no part of the trailer");
        }
        if (keyA) {
            System.arraycopy(data16, 0, trailer, 0, 6);
        }
        if (bits) {
            System.arraycopy(data16, 6, trailer, 6, 4);
        }
        if (keyB) {
            System.arraycopy(data16, 10, trailer, 10, 6);
        }
        memory[block] = trailer;
    }

    /** Increments value block {@code block} by {@code amount} into the transfer buffer. */
    public synchronized void increment(int block, int amount) {
        transferBuffer = null;
        int condition = requireValueBlock(block, AccessConditions.dataIncrement(requireSession(block)), "increment");
        int value = ValueBlock.value(memory[block]);
        requireOperand(amount);
        if (value > Integer.MAX_VALUE - amount) {
            throw refuse("block " + block + ": increment would overflow the value (condition " + bin(condition) + ")");
        }
        transferBuffer = ValueBlock.encode(value + amount, ValueBlock.address(memory[block]));
    }

    /** Decrements value block {@code block} by {@code amount} into the transfer buffer; refused below zero. */
    public synchronized void decrement(int block, int amount) {
        transferBuffer = null;
        requireValueBlock(block, AccessConditions.dataDecrementTransferRestore(requireSession(block)), "decrement");
        int value = ValueBlock.value(memory[block]);
        requireOperand(amount);
        if (value - amount < 0) {
            throw refuse("block " + block + ": decrement by " + amount + " would take the value below zero");
        }
        transferBuffer = ValueBlock.encode(value - amount, ValueBlock.address(memory[block]));
    }

    /** Copies value block {@code block} into the transfer buffer. */
    public synchronized void restore(int block) {
        transferBuffer = null;
        requireValueBlock(block, AccessConditions.dataDecrementTransferRestore(requireSession(block)), "restore");
        transferBuffer = memory[block].clone();
    }

    /** Writes the transfer buffer left by the previous command into {@code block}. */
    public synchronized void transfer(int block) {
        byte[] buffer = transferBuffer;
        transferBuffer = null;
        int condition = requireSession(block);
        if (block == 0 || Mifare1k.isTrailer(block)) {
            throw refuse("block " + block + ": transfer only goes to a data block");
        }
        require(AccessConditions.dataDecrementTransferRestore(condition), block, condition, "transfer");
        if (buffer == null) {
            throw refuse("block " + block + ": transfer without a preceding increment, decrement or restore");
        }
        memory[block] = buffer;
    }

    /** The card left the field (or was just put into it): authentication and transfer buffer are gone. */
    synchronized void fieldReset() {
        authenticatedSector = -1;
        authenticatedWith = null;
        transferBuffer = null;
    }

    // ---- inspection and tampering, as a lab tool that has cracked the keys would -------------

    /**
     * The stored bytes of {@code block}, keys included, bypassing access conditions: what a lab
     * tool that has cracked the card's keys would dump. For tests and diagnostics.
     */
    public synchronized byte[] rawBlock(int block) {
        return memory[Mifare1k.requireBlock(block)].clone();
    }

    /**
     * Overwrites {@code block} bypassing access conditions — block 0 excepted — as an attacker
     * with cracked keys could. For tests of tamper detection.
     */
    public synchronized void overwriteRaw(int block, byte[] data16) {
        if (Mifare1k.requireBlock(block) == 0) {
            throw new IllegalArgumentException("block 0 is read-only even to an attacker");
        }
        if (data16 == null || data16.length != Mifare1k.BLOCK_BYTES) {
            throw new IllegalArgumentException("a block is 16 bytes");
        }
        memory[block] = data16.clone();
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Checks the session covers {@code block}'s sector and returns the block's access condition. */
    private int requireSession(int block) {
        Mifare1k.requireBlock(block);
        int sector = Mifare1k.sectorOf(block);
        if (authenticatedSector != sector) {
            String state = authenticatedSector < 0 ? "no sector is" : "sector " + authenticatedSector + " is";
            throw refuse("block " + block + ": sector " + sector + " is not authenticated (" + state + ")");
        }
        return accessBitsOrBlocked(sector).condition(Mifare1k.indexInSector(block));
    }

    private int requireValueBlock(int block, Access access, String operation) {
        int condition = accessBitsOrBlocked(Mifare1k.sectorOf(block)).condition(Mifare1k.indexInSector(block));
        if (block == 0 || Mifare1k.isTrailer(block)) {
            throw refuse("block " + block + ": " + operation + " only works on a value block");
        }
        require(access, block, condition, operation);
        if (!ValueBlock.isValid(memory[block])) {
            throw refuse("block " + block + ": " + operation + " on a block that is not a valid value block");
        }
        return condition;
    }

    private void require(Access access, int block, int condition, String operation) {
        if (!access.allows(authenticatedWith)) {
            throw refuse("block " + block + ": condition " + bin(condition) + " does not let key "
                    + authenticatedWith + " " + operation + " (allowed: " + access + ")");
        }
    }

    private void requireOperand(int amount) {
        if (amount < 0) {
            throw refuse("a value operation amount must not be negative");
        }
    }

    private AccessBits accessBitsOrBlocked(int sector) {
        Optional<AccessBits> bits = AccessBits.ofTrailer(memory[Mifare1k.trailerOf(sector)]);
        if (bits.isEmpty()) {
            throw refuse("sector " + sector + " is blocked: its access bits are malformed");
        }
        return bits.get();
    }

    private ChipRefusalException refuse(String reason) {
        dropSession();
        return new ChipRefusalException(reason);
    }

    private void dropSession() {
        authenticatedSector = -1;
        authenticatedWith = null;
        transferBuffer = null;
    }

    private static String bin(int condition) {
        return "" + (condition >>> 2 & 1) + (condition >>> 1 & 1) + (condition & 1);
    }

    /** For example {@code VirtualMifareClassic1k[uid=A1B2C3D4]}; never shows memory. */
    @Override
    public String toString() {
        return "VirtualMifareClassic1k[uid=" + uid() + "]";
    }
}
