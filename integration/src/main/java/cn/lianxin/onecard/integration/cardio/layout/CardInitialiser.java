package cn.lianxin.onecard.integration.cardio.layout;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.Mifare1k;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes this project's layout onto a factory-fresh card: for each sector of
 * {@link SectorPlan#SECTORS_WRITTEN} (sector 0's directory last), authenticate with the transport
 * key, write the data blocks, then the trailer with the card's diversified keys and the plan's
 * access bits. The bus sectors 8–11 are not touched.
 *
 * <p>Safe to run again on a card torn away half-way: a sector whose trailer is already written
 * (it answers to this card's key B) was completed — its trailer is written last — and is left
 * alone, so a run never overwrites a wallet in use; the sector that was being written still
 * answers to the transport key and is written again from the start.
 */
public final class CardInitialiser {

    private static final Logger log = LoggerFactory.getLogger(CardInitialiser.class);
    private static final byte[] TRANSPORT_KEY = HexFormat.of().parseHex("FFFFFFFFFFFF");

    private final KeySystem keys;

    /** An initialiser deriving keys and MACs with {@code keys}. */
    public CardInitialiser(KeySystem keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Initialises the card on {@code card}.
     *
     * @throws CardCommandException when the card fails a command or leaves the field (run again to resume)
     * @throws CardLayoutException when a sector answers neither the transport key nor this card's key B
     */
    public Report initialise(CardReaderAdapter card, CardPersonalisation personalisation) {
        Objects.requireNonNull(personalisation, "personalisation");
        String uid = card.readUid();
        List<Integer> written = new ArrayList<>();
        List<Integer> alreadyDone = new ArrayList<>();
        for (int sector : SectorPlan.SECTORS_WRITTEN) {
            int trailer = Mifare1k.trailerOf(sector);
            if (authenticates(card, trailer, KeySlot.A, TRANSPORT_KEY)) {
                List<byte[]> blocks = dataBlocks(uid, sector, personalisation);
                int first = Mifare1k.block(sector, sector == 0 ? 1 : 0);
                for (int i = 0; i < blocks.size(); i++) {
                    card.writeBlock(first + i, blocks.get(i));
                }
                card.writeBlock(trailer, SectorPlan.trailer(uid, sector, keys));
                written.add(sector);
            } else if (authenticates(card, trailer, KeySlot.B, SectorPlan.key(uid, sector, KeySlot.B, keys))) {
                alreadyDone.add(sector);
            } else {
                throw new CardLayoutException("card " + uid + ", sector " + sector
                        + ": answers neither the transport key nor this card's key B; not initialisable");
            }
        }
        log.info("card {} initialised: sectors written {}, already done {}", uid, written, alreadyDone);
        return new Report(uid, List.copyOf(written), List.copyOf(alreadyDone));
    }

    /**
     * The project sectors of the card on {@code card} that still open with the transport key A
     * {@code FFFFFFFFFFFF} — empty for a properly issued card; a card listing any is refused.
     */
    public static List<Integer> sectorsOnTransportKey(CardReaderAdapter card) {
        List<Integer> open = new ArrayList<>();
        for (int sector : SectorPlan.SECTORS_WRITTEN) {
            if (authenticates(card, Mifare1k.trailerOf(sector), KeySlot.A, TRANSPORT_KEY)) {
                open.add(sector);
            }
        }
        return open;
    }

    private List<byte[]> dataBlocks(String uid, int sector, CardPersonalisation p) {
        return switch (sector) {
            case 0 -> List.of(Mad.projectDirectory().encode());
            case Issuance.SECTOR -> p.issuance().encode(uid, keys);
            case WalletLayout.SECTOR -> List.of(WalletLayout.balanceBlock(0), WalletLayout.balanceBlock(0),
                    WalletControl.sign(uid, 0, 0, p.issuedAt(), p.issuingTerminalId(), keys).encode());
            case PublicInformation.SECTOR -> PublicInformation.of(uid, p.holder().category(), p.holder().name(),
                    p.holder().certificateNumber()).encode();
            case UserData.SECTOR -> p.optionalUserData().map(u -> u.encode(uid, keys)).orElseGet(CardInitialiser::empty);
            case DoorLock.SECTOR -> p.optionalDoorLock().map(d -> d.encode(uid, keys)).orElseGet(CardInitialiser::empty);
            default -> empty();
        };
    }

    private static List<byte[]> empty() {
        return List.of(new byte[16], new byte[16], new byte[16]);
    }

    private static boolean authenticates(CardReaderAdapter card, int block, KeySlot slot, byte[] key) {
        try {
            card.authenticate(block, slot, key);
            return true;
        } catch (CardCommandException e) {
            if (e.isRefused()) {
                return false;
            }
            throw e;
        }
    }

    /**
     * What an initialisation run did.
     *
     * @param uid the card
     * @param sectorsWritten sectors written in this run, in order
     * @param sectorsAlreadyInitialised sectors found complete from an earlier run and left alone
     */
    public record Report(String uid, List<Integer> sectorsWritten, List<Integer> sectorsAlreadyInitialised) {
    }
}
