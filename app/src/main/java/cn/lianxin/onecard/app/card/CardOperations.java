package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.card.CardRecords.CardRow;
import cn.lianxin.onecard.app.card.CardRecords.ShadowAccount;
import cn.lianxin.onecard.app.card.TapComparison.Finding;
import cn.lianxin.onecard.app.cardholder.Cardholder;
import cn.lianxin.onecard.app.cardholder.CardholderService;
import cn.lianxin.onecard.app.household.Household;
import cn.lianxin.onecard.app.household.HouseholdService;
import cn.lianxin.onecard.app.platform.ClockConfiguration;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.cardio.CardCommandException;
import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.layout.CardInitialiser;
import cn.lianxin.onecard.integration.cardio.layout.CardLayoutException;
import cn.lianxin.onecard.integration.cardio.layout.CardPersonalisation;
import cn.lianxin.onecard.integration.cardio.layout.CommunitySignOffWriter;
import cn.lianxin.onecard.integration.cardio.layout.DoorLock;
import cn.lianxin.onecard.integration.cardio.layout.Holder;
import cn.lianxin.onecard.integration.cardio.layout.HolderCategory;
import cn.lianxin.onecard.integration.cardio.layout.Issuance;
import cn.lianxin.onecard.integration.cardio.layout.UserData;
import cn.lianxin.onecard.integration.cardio.wallet.CardWallet;
import cn.lianxin.onecard.integration.cardio.wallet.WalletCheck;
import cn.lianxin.onecard.integration.cardio.wallet.WalletOutcome;
import cn.lianxin.onecard.integration.cardio.wallet.WalletState;
import cn.lianxin.onecard.integration.keys.KeySlot;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.rules.cardfee.CardFee;
import cn.lianxin.onecard.rules.cardfee.CardFeeQuery;
import cn.lianxin.onecard.app.ruleset.ActiveRuleSets;
import cn.lianxin.onecard.rules.cardfee.CardOperation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card lifecycle at outlets and in communities: issue (personalise and sell), tap, recharge,
 * community sign-off, activation, loss. Every operation is one database transaction together with
 * its card writes, and is recorded in the card's history. Money is counted only when the card
 * confirms it; a card taken away mid-write is refused with words that say what to do, and the
 * database keeps nothing of the attempt.
 */
@Service
public class CardOperations {

    private static final Logger log = LoggerFactory.getLogger(CardOperations.class);

    static final String ISSUER_CODE = "32030000";

    private final CardRecords records;
    private final CardReaders readers;
    private final CardTypeService cardTypes;
    private final CardholderService cardholders;
    private final HouseholdService households;
    private final KeySystem keys;
    private final Clock clock;
    private final long walletCapFen;
    private final ActiveRuleSets ruleSets;

    CardOperations(CardRecords records, CardReaders readers, CardTypeService cardTypes, CardholderService cardholders,
                   HouseholdService households, KeySystem keys, Clock clock, ActiveRuleSets ruleSets,
                   @Value("${onecard.cards.wallet-cap-fen:100000}") long walletCapFen) {
        this.ruleSets = ruleSets;
        this.records = records;
        this.readers = readers;
        this.cardTypes = cardTypes;
        this.cardholders = cardholders;
        this.households = households;
        this.keys = keys;
        this.clock = clock;
        this.walletCapFen = walletCapFen;
    }

    /**
     * Personalises the factory-fresh card on the reader for a registered holder and sells it:
     * the holder proves their identity with the certificate number, the card type must allow
     * their category, the deposit is taken. The card starts ISSUED with an empty wallet.
     */
    @Transactional
    public IssuedCard issue(IssueCommand command, String actor) {
        Cardholder holder = verifiedHolder(command.cardholderId(), command.certificateNumber());
        return personalise(holder, normalised(command.certificateNumber()), command.cardTypeCode(), command.readerId(),
                null, null, null, actor);
    }

    /**
     * The cardholder, who proves their identity with the certificate number registered for them.
     */
    @Transactional(readOnly = true)
    public Cardholder verifiedHolder(long cardholderId, String certificateNumber) {
        Cardholder holder = cardholders.get(cardholderId, CommunityScope.everything());
        if (!holder.isActive()) {
            throw new InvalidFieldException("cardholderId", "cardholder " + cardholderId + " is deactivated");
        }
        if (!holder.certificate().matches(normalised(certificateNumber))) {
            throw new InvalidFieldException("certificateNumber", "does not match the certificate registered for cardholder "
                    + cardholderId);
        }
        return holder;
    }

    /**
     * Personalises the factory-fresh card on the reader for a holder whose identity was checked
     * (at the counter, or when their application was accepted) and sells it. With a household,
     * the user-data and door-lock areas are written for it as well.
     *
     * @param certificateNumber the holder's certificate number, hashed into the public
     *                          information area, or null when it is not at hand (an application
     *                          carried by a process), then only the holder's name is hashed in
     * @param expectedUid       the UID the card on the reader must have, or null for any
     */
    @Transactional
    public IssuedCard personalise(Cardholder holder, String certificateNumber, String cardTypeCode, String readerId,
                                  String expectedUid, Household household, String outletId, String actor) {
        CardType type = cardTypes.get(cardTypeCode);
        if (!type.isActive()) {
            throw new InvalidFieldException("cardTypeCode", "card type " + type.getCardTypeCode() + " is deactivated");
        }
        if (!type.allows(holder.getHolderCategory())) {
            throw new InvalidFieldException("cardTypeCode", "card type " + type.getCardTypeCode() + " is not for "
                    + holder.getHolderCategory() + " holders (allowed: " + type.getHolderCategories() + ")");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE);
        String cardNo = records.nextCardNumber();
        LocalDate expires = today.plusMonths(type.getValidityMonths()).minusDays(1);
        String uid = onCard(readerId, card -> {
            String found = card.readUid();
            if (expectedUid != null && !expectedUid.equals(found)) {
                throw new InvalidFieldException("uid", "the card on reader " + readerId + " has UID " + found
                        + ", the clerk presented " + expectedUid);
            }
            records.findByUid(found).ifPresent(existing -> {
                throw new ConflictException("uid", "the card on reader " + readerId + " (UID " + found
                        + ") is already card " + existing.cardNo());
            });
            CardPersonalisation personalisation = new CardPersonalisation(
                    new Issuance(cardNo, CardRecords.CITY_PREFIX, ISSUER_CODE, Integer.parseInt(type.getCardTypeCode()),
                            today, expires, type.getDepositFen(), cn.lianxin.onecard.integration.cardio.layout.CardStatus.ACTIVE),
                    new Holder(HolderCategory.valueOf(holder.getHolderCategory().name()), holder.getName(),
                            certificateNumber == null ? "" : certificateNumber),
                    java.time.LocalDateTime.ofInstant(now, ClockConfiguration.BUSINESS_ZONE), readerId,
                    household == null ? null : new UserData(household.getCommunityId(), household.getHouseholdId(), today,
                            outletId == null ? readerId : outletId),
                    household == null ? null : doorLock(household, expires));
            new CardInitialiser(keys).initialise(card, personalisation);
            return found;
        });
        CardRow row = new CardRow(cardNo, uid, type.getCardTypeCode(), holder.getCardholderId(), CardStatus.ISSUED,
                type.getDepositFen(), today, expires, null);
        records.insert(row, now);
        records.recordEvent(new CardEvent(cardNo, CardEvent.Type.ISSUED, actor, readerId, now, type.getDepositFen(),
                null, "ISSUED", "card type " + type.getCardTypeCode() + ", deposit " + type.getDepositFen() + " fen, holder "
                + holder.getCardholderId() + ", UID " + uid));
        log.info("card {} issued (UID {}) at reader {} by {}", cardNo, uid, readerId, actor);
        return new IssuedCard(cardNo, uid, type.getDepositFen(), today, expires, CardStatus.ISSUED);
    }

    /**
     * Records the community sign-off of a card whose sign-off areas were written when it was
     * personalised (the CardIssuance process), and activates it. Idempotent.
     */
    @Transactional
    public void confirmSignOffAndActivate(String cardNo, String householdId, String communityId, String actor) {
        CardRow card = lock(cardNo);
        var signed = records.signedHousehold(cardNo, communityId);
        if (signed.isPresent() && !signed.get().equals(householdId)) {
            throw new ConflictException("cardNo", "card " + cardNo + " already belongs to household " + signed.get()
                    + " in community " + communityId);
        }
        if (signed.isEmpty()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
            records.insertSignOff(cardNo, communityId, householdId, today, actor, communityId);
            records.recordEvent(new CardEvent(cardNo, CardEvent.Type.SIGNED_OFF, actor, communityId, clock.instant(), null,
                    null, "household " + householdId + " in community " + communityId, "sign-off task in Tasklist"));
        }
        if (card.status() == CardStatus.ISSUED) {
            activate(cardNo, actor, communityId);
        }
    }

    private static DoorLock doorLock(Household household, LocalDate validUntil) {
        return new DoorLock(household.getCommunityId(), String.format("%04d", household.getBuildingId() % 10000), validUntil);
    }

    private static String normalised(String certificateNumber) {
        return certificateNumber.trim().toUpperCase(Locale.ROOT);
    }

    /** Activates an issued card (after its community sign-off, or directly for a card without one). */
    @Transactional
    public CardRow activate(String cardNo, String actor, String place) {
        CardRow card = lock(cardNo);
        if (card.status() == CardStatus.ACTIVE) {
            return card;
        }
        if (card.status() != CardStatus.ISSUED) {
            throw new ConflictException("cardNo", "card " + cardNo + " is " + card.status() + "; only an ISSUED card can be activated");
        }
        Instant now = clock.instant();
        records.setStatus(cardNo, CardStatus.ACTIVE, now);
        records.recordEvent(new CardEvent(cardNo, CardEvent.Type.ACTIVATED, actor, place, now, null, "ISSUED", "ACTIVE", null));
        return lock(cardNo);
    }

    /**
     * Taps the card on the reader: repairs a torn wallet, compares card and shadow account and
     * records what the records cannot explain. A tampered wallet blacklists the card (reason 04).
     */
    @Transactional(noRollbackFor = CardRefusedException.class)
    public TapResult tap(String readerId, String actor) {
        return onCard(readerId, card -> tapOn(card, readerId, actor));
    }

    /** Recharges the card on the reader (wallet increment with key B) and returns the receipt. */
    @Transactional(noRollbackFor = CardRefusedException.class)
    public RechargeReceipt recharge(String cardNo, long amountFen, String readerId, String actor) {
        if (amountFen <= 0) {
            throw new InvalidFieldException("amountFen", "must be a positive number of fen");
        }
        return onCard(readerId, card -> {
            TapResult tap = tapOn(card, readerId, actor);
            if (!tap.cardNo().equals(cardNo)) {
                throw new InvalidFieldException("cardNo", "the card on reader " + readerId + " is " + tap.cardNo()
                        + ", not " + cardNo);
            }
            requireUsable(lock(cardNo), LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
            // exact: an amount near Long.MAX_VALUE must not wrap round below the cap
            if (amountFen > walletCapFen - tap.balanceFen()) {
                throw new InvalidFieldException("amountFen", "the wallet would hold " + walletAfter(tap.balanceFen(), amountFen)
                        + " fen, above the cap of " + walletCapFen + " fen (it holds " + tap.balanceFen() + " fen)");
            }
            WalletOutcome.Completed done = credit(card, cardNo, WalletMovement.Kind.RECHARGE, amountFen, readerId);
            Instant now = clock.instant();
            records.recordEvent(new CardEvent(cardNo, CardEvent.Type.RECHARGED, actor, readerId, now, amountFen,
                    "balance " + done.balanceBeforeFen() + " fen #" + (done.counter() - 1),
                    "balance " + done.balanceAfterFen() + " fen #" + done.counter(), null));
            log.info("card {} recharged {} fen at reader {} by {}: balance {} fen", cardNo, amountFen, readerId, actor,
                    done.balanceAfterFen());
            return new RechargeReceipt(cardNo, done.uid(), amountFen, done.balanceBeforeFen(), done.balanceAfterFen(),
                    done.counter(), done.time(), readerId);
        });
    }

    /**
     * Signs the card on the reader off for a household of its community (签发): writes the
     * user-data and door-lock areas; one card belongs to at most one household per community.
     */
    @Transactional
    public SignOff signOff(String cardNo, String householdId, String readerId, String actor, CommunityScope scope) {
        // the reader first, then the card row (the order of every operation on a reader: no deadlock)
        return onCard(readerId, adapter -> signOffOn(adapter, cardNo, householdId, readerId, actor, scope));
    }

    private SignOff signOffOn(CardReaderAdapter adapter, String cardNo, String householdId, String readerId, String actor,
                              CommunityScope scope) {
        CardRow card = lock(cardNo);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
        requireUsable(card, today);
        Household household = households.requireActive("householdId", householdId, scope);
        records.signedHousehold(cardNo, household.getCommunityId()).ifPresent(signed -> {
            throw new ConflictException("cardNo", signed.equals(householdId)
                    ? "card " + cardNo + " is already signed off for household " + householdId
                    : "card " + cardNo + " already belongs to household " + signed + " in community " + household.getCommunityId());
        });
        String uid = adapter.readUid();
        if (!uid.equals(card.uid())) {
            throw new InvalidFieldException("cardNo", "the card on reader " + readerId + " has UID " + uid
                    + ", card " + cardNo + " has " + card.uid());
        }
        new CommunitySignOffWriter(keys).write(adapter,
                new UserData(household.getCommunityId(), householdId, today, readerId), doorLock(household, card.expiresOn()));
        records.insertSignOff(cardNo, household.getCommunityId(), householdId, today, actor, readerId);
        Instant now = clock.instant();
        records.recordEvent(new CardEvent(cardNo, CardEvent.Type.SIGNED_OFF, actor, readerId, now, null, null,
                "household " + householdId + " in community " + household.getCommunityId(), null));
        return new SignOff(household.getCommunityId(), householdId, today, actor, readerId);
    }

    /** A personalised card never handed out (its sign-off was refused): taken back at the outlet, blacklisted 03. */
    @Transactional
    public void takeBackUnused(String cardNo, String actor, String reason) {
        CardRow card = lock(cardNo);
        if (card.status() == CardStatus.RETURNED) {
            return;
        }
        Instant now = clock.instant();
        records.markReturned(cardNo, LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE), now);
        records.blacklist(cardNo, BlacklistReason.CARD_RETURNED, actor, now);
        records.recordEvent(new CardEvent(cardNo, CardEvent.Type.RETURNED, actor, null, now, null, card.status().name(),
                "RETURNED, blacklisted 03", reason));
    }

    /** Reports the card lost: it is blacklisted at once (reason 01) and can no longer be used. */
    @Transactional
    public CardRow reportLoss(String cardNo, String actor, String place) {
        CardRow card = lock(cardNo);
        if (card.status() != CardStatus.ACTIVE && card.status() != CardStatus.ISSUED) {
            throw new ConflictException("cardNo", "card " + cardNo + " is " + card.status() + " and cannot be reported lost");
        }
        Instant now = clock.instant();
        records.setStatus(cardNo, CardStatus.LOST, now);
        records.blacklist(cardNo, BlacklistReason.REPORTED_LOST, actor, now);
        records.recordEvent(new CardEvent(cardNo, CardEvent.Type.LOSS_REPORTED, actor, place, now, null,
                card.status().name(), "LOST, blacklisted 01", null));
        log.info("card {} reported lost by {} at {}; blacklisted with reason 01", cardNo, actor, place);
        return lock(cardNo);
    }

    /**
     * Issues a replacement for a lost card to the same holder. The lost card's balance moves to it
     * only after the cooling period ({@link #transferBalance}), so late offline transactions of the
     * lost card are counted first.
     */
    @Transactional
    public Replacement replace(String lostCardNo, IssueCommand command, String actor) {
        // the reader of the new card first, then the lost card's row (the order of every operation on a reader)
        return readers.holding(command.readerId(), () -> replaceOn(lostCardNo, command, actor));
    }

    private Replacement replaceOn(String lostCardNo, IssueCommand command, String actor) {
        CardRow lost = lock(lostCardNo);
        if (lost.status() != CardStatus.LOST) {
            throw new ConflictException("cardNo", "card " + lostCardNo + " is " + lost.status()
                    + "; only a card reported lost is replaced");
        }
        if (lost.replacedBy() != null) {
            throw new ConflictException("cardNo", "card " + lostCardNo + " was already replaced by " + lost.replacedBy());
        }
        if (!command.cardholderId().equals(lost.cardholderId())) {
            throw new InvalidFieldException("cardholderId", "card " + lostCardNo + " belongs to cardholder "
                    + lost.cardholderId() + ", not " + command.cardholderId());
        }
        CardFee fee = decidedFee(lost, CardOperation.REPLACE, false);
        IssuedCard replacement = issue(command, actor);
        Instant now = clock.instant();
        records.linkReplacement(lostCardNo, replacement.cardNo(), now);
        records.recordEvent(new CardEvent(lostCardNo, CardEvent.Type.REPLACED, actor, command.readerId(), now,
                fee.feeFen(), "LOST", "LOST, replaced by " + replacement.cardNo(),
                "replacement fee " + fee.feeFen() + " fen (rule " + fee.rule() + "); balance moves after the cooling period"));
        return new Replacement(replacement, fee.feeFen(), fee.rule());
    }

    /**
     * Takes a card back and refunds it: what the card holds plus the deposit, minus the return fee
     * of the card-fee rules (never more than that sum). The card must be on the reader, so the
     * refund pays what the card really holds; a card whose tap shows anomalies is not refunded
     * until they are resolved. The returned card is blacklisted (reason 03).
     */
    @Transactional(noRollbackFor = CardRefusedException.class)
    public ReturnReceipt returnCard(String cardNo, String readerId, String actor) {
        return onCard(readerId, card -> {
            TapResult tap = tapOn(card, readerId, actor);
            if (!tap.cardNo().equals(cardNo)) {
                throw new InvalidFieldException("cardNo", "the card on reader " + readerId + " is " + tap.cardNo()
                        + ", not " + cardNo);
            }
            if (!tap.findings().isEmpty()) {
                throw new ConflictException("cardNo", "card " + cardNo + " shows what the records do not explain ("
                        + String.join("; ", tap.findings()) + "): resolve this before a refund");
            }
            CardRow row = lock(cardNo);
            if (records.isBlacklisted(cardNo)) {
                throw new ConflictException("cardNo", "card " + cardNo + " is blacklisted (reasons "
                        + records.blacklistReasons(cardNo) + ") and is not refunded at an outlet");
            }
            if (row.status() != CardStatus.ACTIVE && row.status() != CardStatus.ISSUED && row.status() != CardStatus.EXPIRED) {
                throw new ConflictException("cardNo", "card " + cardNo + " is " + row.status() + " and cannot be returned");
            }
            CardFee fee = decidedFee(row, CardOperation.RETURN, false);
            long gross = Math.addExact(tap.balanceFen(), row.depositFen());
            long feeFen = Math.min(fee.feeFen(), gross);
            long refund = gross - feeFen;
            Instant now = clock.instant();
            if (tap.balanceFen() > 0) {
                records.recordTransaction(cardNo, new WalletMovement(WalletMovement.Kind.REFUND, tap.balanceFen(), 0, null,
                        readerId, now), now);
            }
            records.markReturned(cardNo, LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE), now);
            records.blacklist(cardNo, BlacklistReason.CARD_RETURNED, actor, now);
            records.recordEvent(new CardEvent(cardNo, CardEvent.Type.RETURNED, actor, readerId, now, refund,
                    row.status().name(), "RETURNED, blacklisted 03", "balance " + tap.balanceFen() + " fen + deposit "
                    + row.depositFen() + " fen - fee " + feeFen + " fen (rule " + fee.rule() + ") = refund " + refund + " fen"));
            log.info("card {} returned at reader {} by {}: refund {} fen", cardNo, readerId, actor, refund);
            return new ReturnReceipt(cardNo, tap.balanceFen(), row.depositFen(), feeFen, fee.rule(), refund);
        });
    }

    /** The card-fee rules' answer; a card type without a fee rule is refused in words staff can act on. */
    private CardFee decidedFee(CardRow card, CardOperation operation, boolean damaged) {
        CardFee fee = ruleSets.cardFees().fee(new CardFeeQuery(card.cardTypeCode(), operation, card.issuedOn(),
                LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE), damaged));
        if (!fee.decided()) {
            throw new ConflictException("cardTypeCode", "the card-fee rules have no " + operation + " fee for card type "
                    + card.cardTypeCode() + ": " + fee.reason());
        }
        return fee;
    }

    /**
     * After the cooling period: moves the lost card's recorded balance to its replacement, to be
     * written onto the new card at its next outlet tap. Returns the amount moved.
     */
    @Transactional
    public BalanceTransfer transferBalance(String lostCardNo, String actor) {
        CardRow lost = lock(lostCardNo);
        if (lost.status() != CardStatus.LOST || lost.replacedBy() == null) {
            throw new ConflictException("cardNo", "card " + lostCardNo + " is " + lost.status()
                    + (lost.replacedBy() == null ? " and has no replacement card yet" : ""));
        }
        Instant now = clock.instant();
        long amount = records.transferToPendingLoad(lostCardNo, lost.replacedBy(), "CENTRE", now);
        records.setStatus(lostCardNo, CardStatus.REPLACED, now);
        records.recordEvent(new CardEvent(lostCardNo, CardEvent.Type.BALANCE_TRANSFERRED, actor, null, now, amount,
                "LOST", "REPLACED", "balance moved to " + lost.replacedBy()));
        records.recordEvent(new CardEvent(lost.replacedBy(), CardEvent.Type.BALANCE_TRANSFERRED, actor, null, now, amount,
                null, "pending load " + amount + " fen", "balance of lost card " + lostCardNo));
        log.info("card {}: {} fen moved to replacement {} as a pending load", lostCardNo, amount, lost.replacedBy());
        return new BalanceTransfer(lostCardNo, lost.replacedBy(), amount);
    }

    /** Marks every card past its expiry date EXPIRED (daily, and on demand). */
    @Transactional
    public int expireCards() {
        Instant now = clock.instant();
        return records.expireCards(LocalDate.ofInstant(now, ClockConfiguration.BUSINESS_ZONE), now);
    }

    @Transactional(readOnly = true)
    public CardView view(String cardNo) {
        CardRow card = records.find(cardNo).orElseThrow(() -> new NotFoundException("card", cardNo));
        ShadowAccount shadow = records.shadow(cardNo);
        return new CardView(card.cardNo(), card.uid(), card.cardTypeCode(), card.cardholderId(), card.status(),
                card.depositFen(), card.issuedOn(), card.expiresOn(), card.replacedBy(), shadow.balanceFen(),
                shadow.counter(), shadow.pendingLoadFen(), records.blacklistReasons(cardNo), records.signOffs(cardNo), records.openFlags(cardNo));
    }

    @Transactional(readOnly = true)
    public List<FlaggedCard> openFlags(int limit) {
        return records.openFlagsOfAllCards(limit);
    }

    /** Staff looked into a flag and say what they found; the flag closes, its text keeps the note. */
    @Transactional
    public void resolveFlag(long flagId, String note, String actor) {
        if (note == null || note.isBlank()) {
            throw new InvalidFieldException("note", "must say what was found");
        }
        if (!records.resolveFlag(flagId, actor, note.strip(), clock.instant())) {
            throw new NotFoundException("open card flag", flagId);
        }
    }

    @Transactional(readOnly = true)
    public List<CardEvent> history(String cardNo) {
        records.find(cardNo).orElseThrow(() -> new NotFoundException("card", cardNo));
        return records.history(cardNo);
    }

    private TapResult tapOn(CardReaderAdapter card, String readerId, String actor) {
        String uid = card.readUid();
        // the card's lock, before anything of its wallet is read: an operation on this card still
        // committing (its shadow account not yet visible) is waited for, so the card and its records
        // are compared as one. Lock order: the reader (held by onCard), then the card row.
        CardRow row = records.lockByUid(uid).orElseThrow(() -> new InvalidFieldException("uid",
                "the card on reader " + readerId + " (UID " + uid + ") is not a card of this centre"));
        if (!CardInitialiser.sectorsOnTransportKey(card).isEmpty()) {
            throw new CardRefusedException("card " + row.cardNo() + " still answers to the factory transport key: refused");
        }
        settleInterrupted(card, row.cardNo(), readerId, actor);
        Instant now = clock.instant();
        WalletCheck check = new CardWallet(card, keys, clock).check(KeySlot.B);
        if (check instanceof WalletOutcome.Tampered tampered) {
            records.raiseFlag(row.cardNo(), "TAMPERED", tampered.detail(), readerId, now);
            if (!records.isBlacklisted(row.cardNo())) {
                records.blacklist(row.cardNo(), BlacklistReason.SUSPECTED_FRAUD, actor, now);
            }
            records.recordEvent(new CardEvent(row.cardNo(), CardEvent.Type.BLACKLISTED, actor, readerId, now, null, null,
                    "blacklisted 04", tampered.detail()));
            throw new CardRefusedException("card " + row.cardNo() + " has been tampered with (" + tampered.detail()
                    + "); it is blacklisted with reason 04 — keep the card and call the centre");
        }
        WalletState state = (WalletState) check;
        ShadowAccount shadow = records.shadow(row.cardNo());
        List<Finding> findings = TapComparison.compare(state.balanceFen(), state.counter(), shadow.balanceFen(),
                shadow.counter(), records.recordedBalanceAt(row.cardNo(), state.counter()));
        for (Finding finding : findings) {
            records.raiseFlag(row.cardNo(), finding.anomaly().name(), finding.detail(), readerId, now);
            records.recordEvent(new CardEvent(row.cardNo(), CardEvent.Type.FLAGGED, actor, readerId, now, null, null,
                    finding.anomaly().name(), finding.detail()));
            log.warn("card {} at reader {}: {} — {}", row.cardNo(), readerId, finding.anomaly(), finding.detail());
        }
        long balance = state.balanceFen();
        int counter = state.counter();
        if (shadow.pendingLoadFen() > 0 && findings.isEmpty() && !records.isBlacklisted(row.cardNo())) {
            WalletOutcome.Completed loaded = credit(card, row.cardNo(), WalletMovement.Kind.TRANSFER_IN,
                    shadow.pendingLoadFen(), readerId);
            records.clearPendingLoad(row.cardNo(), now);
            records.recordEvent(new CardEvent(row.cardNo(), CardEvent.Type.PENDING_LOADED, actor, readerId, now,
                    shadow.pendingLoadFen(), "balance " + loaded.balanceBeforeFen() + " fen",
                    "balance " + loaded.balanceAfterFen() + " fen #" + loaded.counter(), "balance moved from the lost card"));
            balance = loaded.balanceAfterFen();
            counter = loaded.counter();
            shadow = records.shadow(row.cardNo());
        }
        return new TapResult(row.cardNo(), uid, row.status(), balance, counter, shadow.balanceFen(),
                shadow.counter(), findings.stream().map(f -> f.anomaly().name() + ": " + f.detail()).toList(),
                state.repair().name());
    }

    private void requireUsable(CardRow card, LocalDate today) {
        if (records.isBlacklisted(card.cardNo())) {
            throw new ConflictException("cardNo", "card " + card.cardNo() + " is blacklisted (reasons "
                    + records.blacklistReasons(card.cardNo()) + ")");
        }
        if (card.status() != CardStatus.ACTIVE && card.status() != CardStatus.ISSUED) {
            throw new ConflictException("cardNo", "card " + card.cardNo() + " is " + card.status());
        }
        if (card.expiresOn() != null && card.expiresOn().isBefore(today)) {
            throw new ConflictException("cardNo", "card " + card.cardNo() + " expired on " + card.expiresOn());
        }
    }

    /**
     * Credits the card on the reader (increment with key B) and records the movement. A write the
     * card left during is remembered and settled on its next tap; nothing is counted until then.
     */
    private WalletOutcome.Completed credit(CardReaderAdapter card, String cardNo, WalletMovement.Kind kind, long amountFen,
                                           String readerId) {
        WalletOutcome outcome = new CardWallet(card, keys, clock).recharge(amountFen, readerId);
        Instant now = clock.instant();
        if (outcome instanceof WalletOutcome.Completed done) {
            records.recordTransaction(cardNo, new WalletMovement(kind, amountFen, done.balanceAfterFen(), done.counter(),
                    readerId, now), now);
            return done;
        }
        if (outcome instanceof WalletOutcome.Refused refused) {
            throw new InvalidFieldException("amountFen", "the card refused the transaction: " + refused.reason()
                    + " (balance " + refused.balanceFen() + " fen)");
        }
        if (outcome instanceof WalletOutcome.Tampered tampered) {
            throw new CardRefusedException("card " + cardNo + " has been tampered with: " + tampered.detail());
        }
        if (outcome instanceof WalletOutcome.Interrupted interrupted) {
            records.saveInterrupted(cardNo, kind, interrupted, now);
            throw new CardRefusedException("card " + cardNo + " left reader " + readerId + " during the write ("
                    + interrupted.failedCommand() + "); nothing was counted yet — put the card back and tap it: the"
                    + " card's next tap tells whether the write happened");
        }
        throw new IllegalStateException("unexpected wallet outcome " + outcome);
    }

    /** Settles a write the card left during: counted if the card shows it, forgotten if not. */
    private void settleInterrupted(CardReaderAdapter card, String cardNo, String readerId, String actor) {
        var pending = records.interrupted(cardNo, card.readUid());
        if (pending.isEmpty()) {
            return;
        }
        WalletOutcome.Interrupted interrupted = pending.get().interrupted();
        WalletOutcome outcome = new CardWallet(card, keys, clock).settle(interrupted);
        Instant now = clock.instant();
        records.deleteInterrupted(cardNo);
        if (outcome instanceof WalletOutcome.Completed done) {
            records.recordTransaction(cardNo, new WalletMovement(pending.get().kind(), interrupted.amountFen(),
                    done.balanceAfterFen(), done.counter(), interrupted.terminalId(), now), now);
            if (pending.get().kind() == WalletMovement.Kind.TRANSFER_IN) {
                records.clearPendingLoad(cardNo, now);
            }
            records.recordEvent(new CardEvent(cardNo, pending.get().kind() == WalletMovement.Kind.RECHARGE
                    ? CardEvent.Type.RECHARGED : CardEvent.Type.PENDING_LOADED, actor, readerId, now,
                    interrupted.amountFen(), "balance " + interrupted.balanceBeforeFen() + " fen",
                    "balance " + done.balanceAfterFen() + " fen #" + done.counter(),
                    "the card had taken the write it left during at " + interrupted.terminalId()));
        }
    }

    private CardRow lock(String cardNo) {
        return records.lock(cardNo).orElseThrow(() -> new NotFoundException("card", cardNo));
    }

    /** Runs card work on a reader, turning card failures into errors that say what to do. */
    private <T> T onCard(String readerId, java.util.function.Function<CardReaderAdapter, T> work) {
        try {
            return readers.withCard(readerId, work);
        } catch (CardCommandException e) {
            throw new CardRefusedException("reader " + readerId + ": " + e.getMessage()
                    + (e.isCardAbsent() ? " — put the card on the reader and try again" : ""));
        } catch (CardLayoutException e) {
            throw new CardRefusedException("reader " + readerId + ": " + e.getMessage());
        }
    }

    private static String walletAfter(long balanceFen, long amountFen) {
        try {
            return String.valueOf(Math.addExact(balanceFen, amountFen));
        } catch (ArithmeticException beyondLong) {
            return "more than " + Long.MAX_VALUE;
        }
    }
}
