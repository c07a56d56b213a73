package cn.lianxin.onecard.integration.format;

import java.time.LocalTime;
import java.util.Optional;

/**
 * One {@code PAD1} line of a terminal parameter file: what one terminal of the community needs
 * to work offline.
 *
 * @param terminalId          8 digits
 * @param kind                fee terminal or door controller
 * @param psamId              12 upper-case hex for a fee terminal; null for a door controller
 *                            (written as twelve zeros)
 * @param businessDayCutOff   the time of day (minutes) at which the terminal closes its business
 *                            day: transactions after it belong to the next day's CONS file
 * @param maxTransactionFen   the largest single debit the terminal accepts, in fen (0 for a door
 *                            controller, which debits nothing)
 */
public record TerminalParameters(String terminalId, Kind kind, String psamId, LocalTime businessDayCutOff,
        long maxTransactionFen) {

    /** The PSAM field of a door controller. */
    static final String NO_PSAM = "000000000000";

    /** What the terminal is (2 digits). */
    public enum Kind {
        /** {@code 01} a fee terminal: debits the wallet, uploads CONS files. */
        FEE_TERMINAL("01"),
        /** {@code 02} a door controller: applies the blacklist at the doors. */
        DOOR_CONTROLLER("02");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The two-digit code written in the file. */
        public String code() {
            return code;
        }

        /** The kind written as {@code code}, if there is one. */
        public static Optional<Kind> ofCode(String code) {
            for (Kind value : values()) {
                if (value.code.equals(code)) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }

    /** Checks the components. */
    public TerminalParameters {
        Ascii.requireDigits("terminalId", terminalId, 8);
        Ascii.requireNonNull("kind", kind);
        Ascii.requireNonNull("businessDayCutOff", businessDayCutOff);
        businessDayCutOff = businessDayCutOff.withSecond(0).withNano(0);
        if (kind == Kind.FEE_TERMINAL) {
            Ascii.requireUpperHex("psamId", psamId, 12);
            Ascii.requireRange("maxTransactionFen", maxTransactionFen, 1, Ascii.maxOfWidth(10));
        } else {
            if (psamId != null) {
                throw new IllegalArgumentException("psamId must be null for a door controller, was " + Ascii.shown(psamId));
            }
            Ascii.requireRange("maxTransactionFen", maxTransactionFen, 0, 0);
        }
    }
}
