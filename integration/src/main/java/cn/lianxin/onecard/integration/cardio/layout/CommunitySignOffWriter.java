package cn.lianxin.onecard.integration.cardio.layout;

import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.Mifare1k;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.util.List;
import java.util.Objects;

/**
 * Community sign-off (签发) on the card: writes the user-data area (sector 6) and the door-lock
 * area (sector 7) for one household, each with its sector's key B, then reads both back and
 * checks their MACs. Writing is idempotent: a sign-off torn half-way is completed by running it
 * again.
 */
public final class CommunitySignOffWriter {

    private final KeySystem keys;

    public CommunitySignOffWriter(KeySystem keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Writes and verifies both areas on the card behind {@code card}.
     *
     * @throws cn.lianxin.onecard.integration.cardio.CardCommandException when the card fails or leaves
     * @throws CardLayoutException when what was written does not read back
     */
    public void write(CardReaderAdapter card, UserData userData, DoorLock doorLock) {
        String uid = card.readUid();
        writeSector(card, uid, UserData.SECTOR, userData.encode(uid, keys));
        writeSector(card, uid, DoorLock.SECTOR, doorLock.encode(uid, keys));
        Signed signed = read(card);
        if (!userData.equals(signed.userData()) || !doorLock.equals(signed.doorLock())) {
            throw new CardLayoutException("card " + uid + ": the sign-off areas did not read back as written");
        }
    }

    /** Reads both areas (with key A) and checks their MACs. */
    public Signed read(CardReaderAdapter card) {
        String uid = card.readUid();
        card.authenticate(Mifare1k.block(UserData.SECTOR, 0), KeySlot.A, SectorPlan.key(uid, UserData.SECTOR, KeySlot.A, keys));
        List<Integer> user = UserData.BLOCKS;
        UserData userData = UserData.decode(uid, card.readBlock(user.get(0)), card.readBlock(user.get(1)), keys);
        card.authenticate(Mifare1k.block(DoorLock.SECTOR, 0), KeySlot.A, SectorPlan.key(uid, DoorLock.SECTOR, KeySlot.A, keys));
        DoorLock doorLock = DoorLock.decode(uid, card.readBlock(DoorLock.BLOCKS.get(0)), keys);
        return new Signed(userData, doorLock);
    }

    private void writeSector(CardReaderAdapter card, String uid, int sector, List<byte[]> blocks) {
        card.authenticate(Mifare1k.block(sector, 0), KeySlot.B, SectorPlan.key(uid, sector, KeySlot.B, keys));
        for (int i = 0; i < blocks.size(); i++) {
            card.writeBlock(Mifare1k.block(sector, i), blocks.get(i));
        }
    }

    /** The two sign-off areas as read from a card. */
    public record Signed(UserData userData, DoorLock doorLock) {
    }
}
