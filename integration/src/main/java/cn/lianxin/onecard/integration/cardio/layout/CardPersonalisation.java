package cn.lianxin.onecard.integration.cardio.layout;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CardInitialiser} writes onto a factory-fresh card besides keys and access bits.
 * The wallet starts at 0 fen with counter 0; money only ever arrives by a recharge.
 *
 * @param issuance the issuance area
 * @param holder the holder, hashed into the public information area
 * @param issuedAt issuance time, recorded as the wallet's "last transaction" time
 * @param issuingTerminalId 8-digit id of the issuing outlet, recorded as the wallet's last terminal
 * @param userData the user data area, or null to leave sector 6 empty (signed later by an outlet)
 * @param doorLock the door-lock area, or null to leave sector 7 empty
 */
public record CardPersonalisation(Issuance issuance, Holder holder, LocalDateTime issuedAt, String issuingTerminalId,
                                  UserData userData, DoorLock doorLock) {

    /** Checks the required fields. */
    public CardPersonalisation {
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issuedAt, "issuedAt");
        UserData.requireDigits(issuingTerminalId, 8, "issuingTerminalId");
    }

    /** The user data, if any. */
    public Optional<UserData> optionalUserData() {
        return Optional.ofNullable(userData);
    }

    /** The door-lock data, if any. */
    public Optional<DoorLock> optionalDoorLock() {
        return Optional.ofNullable(doorLock);
    }
}
