package cn.lianxin.onecard.integration.cardio.sim;

import static cn.lianxin.onecard.integration.cardio.sim.Access.KEY_A;
import static cn.lianxin.onecard.integration.cardio.sim.Access.KEY_A_OR_B;
import static cn.lianxin.onecard.integration.cardio.sim.Access.KEY_B;
import static cn.lianxin.onecard.integration.cardio.sim.Access.NEVER;

/**
 * The two access-condition tables of the NXP MF1S50 datasheet, indexed by the condition
 * {@code C1C2C3} as a three-bit number.
 */
final class AccessConditions {

    /** Data blocks: read, write, increment, decrement/transfer/restore. */
    private static final Access[][] DATA = new Access[8][];
    /** Trailer: write key A, read access bits, write access bits, read key B, write key B. */
    private static final Access[][] TRAILER = new Access[8][];

    static {
        DATA[0b000] = new Access[] {KEY_A_OR_B, KEY_A_OR_B, KEY_A_OR_B, KEY_A_OR_B}; // transport configuration
        DATA[0b010] = new Access[] {KEY_A_OR_B, NEVER, NEVER, NEVER};                // read/write block
        DATA[0b100] = new Access[] {KEY_A_OR_B, KEY_B, NEVER, NEVER};                // read/write block
        DATA[0b110] = new Access[] {KEY_A_OR_B, KEY_B, KEY_B, KEY_A_OR_B};           // value block
        DATA[0b001] = new Access[] {KEY_A_OR_B, NEVER, NEVER, KEY_A_OR_B};           // value block
        DATA[0b011] = new Access[] {KEY_B, KEY_B, NEVER, NEVER};                     // read/write block
        DATA[0b101] = new Access[] {KEY_B, NEVER, NEVER, NEVER};                     // read/write block
        DATA[0b111] = new Access[] {NEVER, NEVER, NEVER, NEVER};                     // read/write block

        TRAILER[0b000] = new Access[] {KEY_A, KEY_A, NEVER, KEY_A, KEY_A};           // key B may be read
        TRAILER[0b010] = new Access[] {NEVER, KEY_A, NEVER, KEY_A, NEVER};           // key B may be read
        TRAILER[0b100] = new Access[] {KEY_B, KEY_A_OR_B, NEVER, NEVER, KEY_B};
        TRAILER[0b110] = new Access[] {NEVER, KEY_A_OR_B, NEVER, NEVER, NEVER};
        TRAILER[0b001] = new Access[] {KEY_A, KEY_A, KEY_A, KEY_A, KEY_A};           // key B may be read, transport
        TRAILER[0b011] = new Access[] {KEY_B, KEY_A_OR_B, KEY_B, NEVER, KEY_B};
        TRAILER[0b101] = new Access[] {NEVER, KEY_A_OR_B, KEY_B, NEVER, NEVER};
        TRAILER[0b111] = new Access[] {NEVER, KEY_A_OR_B, NEVER, NEVER, NEVER};
    }

    private AccessConditions() {
    }

    static Access dataRead(int condition) {
        return DATA[condition][0];
    }

    static Access dataWrite(int condition) {
        return DATA[condition][1];
    }

    static Access dataIncrement(int condition) {
        return DATA[condition][2];
    }

    static Access dataDecrementTransferRestore(int condition) {
        return DATA[condition][3];
    }

    static Access trailerWriteKeyA(int condition) {
        return TRAILER[condition][0];
    }

    static Access trailerReadAccessBits(int condition) {
        return TRAILER[condition][1];
    }

    static Access trailerWriteAccessBits(int condition) {
        return TRAILER[condition][2];
    }

    static Access trailerReadKeyB(int condition) {
        return TRAILER[condition][3];
    }

    static Access trailerWriteKeyB(int condition) {
        return TRAILER[condition][4];
    }

    /** Whether key B is readable under this trailer condition — and therefore not usable as a key. */
    static boolean keyBReadable(int trailerCondition) {
        return trailerReadKeyB(trailerCondition) != NEVER;
    }
}
