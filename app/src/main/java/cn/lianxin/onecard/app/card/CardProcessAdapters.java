package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.card.CardApplications.Application;
import cn.lianxin.onecard.app.card.CardRecords.CardRow;
import cn.lianxin.onecard.app.cardholder.Cardholder;
import cn.lianxin.onecard.app.cardholder.CardholderService;
import cn.lianxin.onecard.app.household.Household;
import cn.lianxin.onecard.app.household.HouseholdRepository;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.processes.card.ApplicationCheck;
import cn.lianxin.onecard.processes.card.BalanceTransfer;
import cn.lianxin.onecard.processes.card.CardIssuancePort;
import cn.lianxin.onecard.processes.card.CardLossPort;
import cn.lianxin.onecard.processes.card.Personalisation;
import cn.lianxin.onecard.processes.card.RejectionStage;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the card processes ask of the back office, done by the card lifecycle. Every method joins
 * the engine's transaction (Spring's transaction manager drives both) and is idempotent per
 * application or lost card, so a retried job does not do the work twice.
 */
@Component
public class CardProcessAdapters implements CardIssuancePort, CardLossPort {

    static final String SYSTEM = "system";

    private final CardOperations operations;
    private final CardRecords records;
    private final CardApplications applications;
    private final CardholderService cardholders;
    private final CardTypeService cardTypes;
    private final HouseholdRepository households;
    private final IdentityService identity;
    private final Clock clock;

    CardProcessAdapters(CardOperations operations, CardRecords records, CardApplications applications,
                        CardholderService cardholders, CardTypeService cardTypes, HouseholdRepository households,
                        IdentityService identity, Clock clock) {
        this.operations = operations;
        this.records = records;
        this.applications = applications;
        this.cardholders = cardholders;
        this.cardTypes = cardTypes;
        this.households = households;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicationCheck checkApplication(String applicationId, long cardholderId, String householdId, String communityId,
                                             String cardTypeCode) {
        Cardholder holder = cardholders.get(cardholderId, CommunityScope.everything());
        Household household = households.findById(householdId).orElse(null);
        CardType type = cardTypes.get(cardTypeCode);
        String summary = "申请人 Holder: " + holder.getName() + " (" + holder.getHolderCategory() + ", ****"
                + holder.getCertificateLast4() + ")\n住户 Household: " + householdId + " / 小区 Community: " + communityId
                + "\n卡类型 Card type: " + type.getCardTypeCode() + " " + type.getName() + ", 押金 deposit "
                + type.getDepositFen() + " fen";
        if (!holder.isActive()) {
            return ApplicationCheck.rejected("cardholder " + cardholderId + " is deactivated", summary);
        }
        if (household == null || !household.isActive() || !household.getCommunityId().equals(communityId)) {
            return ApplicationCheck.rejected("household " + householdId + " is not an active household of community "
                    + communityId, summary);
        }
        if (!householdId.equals(holder.getHouseholdId())) {
            return ApplicationCheck.rejected("cardholder " + cardholderId + " does not belong to household " + householdId,
                    summary);
        }
        if (!type.isActive() || !type.allows(holder.getHolderCategory())) {
            return ApplicationCheck.rejected("card type " + cardTypeCode + " is not issued to " + holder.getHolderCategory()
                    + " holders", summary);
        }
        Optional<CardRow> sameKind = records.ofHolder(cardholderId).stream()
                .filter(card -> card.cardTypeCode().equals(cardTypeCode))
                .filter(card -> card.status() == CardStatus.ACTIVE || card.status() == CardStatus.ISSUED)
                .findFirst();
        if (sameKind.isPresent()) {
            return ApplicationCheck.rejected("cardholder " + cardholderId + " already holds card " + sameKind.get().cardNo()
                    + " of type " + cardTypeCode, summary);
        }
        return ApplicationCheck.passed(summary);
    }

    @Override
    @Transactional
    public Personalisation personaliseCard(String applicationId, long cardholderId, String cardTypeCode, String cardUid,
                                           String readerId) {
        Application application = application(applicationId);
        if (application.cardNo() != null) {
            return Personalisation.personalised(application.cardNo());
        }
        Cardholder holder = cardholders.get(cardholderId, CommunityScope.everything());
        Household household = households.findById(application.householdId()).orElseThrow();
        try {
            IssuedCard card = operations.personalise(holder, null, cardTypeCode, readerId, cardUid, household,
                    application.outletId(), actor());
            applications.personalised(applicationId, card.cardNo(), clock.instant());
            return Personalisation.personalised(card.cardNo());
        } catch (CardRefusedException e) {
            // the card left or failed the write: a retry may succeed, so the job fails and is retried
            throw e;
        } catch (InvalidFieldException | ConflictException e) {
            // this card can never be used for the application: the clerk puts down another one
            return Personalisation.refused(e.getMessage());
        }
    }

    @Override
    @Transactional
    public void activateCard(String applicationId, String cardNumber, String householdId, String communityId) {
        operations.confirmSignOffAndActivate(cardNumber, householdId, communityId, actor());
        applications.activated(applicationId, clock.instant());
    }

    @Override
    @Transactional
    public void recordRejection(String applicationId, RejectionStage stage, String reason) {
        Application application = application(applicationId);
        if ("REJECTED".equals(application.status())) {
            return;
        }
        if (stage == RejectionStage.SIGN_OFF && application.cardNo() != null) {
            operations.takeBackUnused(application.cardNo(), actor(), "community sign-off refused: " + reason);
        }
        applications.rejected(applicationId, stage.name(), reason, clock.instant());
    }

    @Override
    @Transactional
    public void blacklistCard(String cardNumber, String reasonCode) {
        CardRow card = records.find(cardNumber).orElseThrow(() -> new NotFoundException("card", cardNumber));
        if (card.status() == CardStatus.LOST && records.isBlacklisted(cardNumber)) {
            return;
        }
        operations.reportLoss(cardNumber, actor(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> findReplacementCard(String lostCardNumber) {
        return records.find(lostCardNumber).map(CardRow::replacedBy);
    }

    @Override
    @Transactional
    public BalanceTransfer transferBalance(String lostCardNumber, String replacementCardNumber) {
        CardRow lost = records.find(lostCardNumber).orElseThrow(() -> new NotFoundException("card", lostCardNumber));
        if (lost.status() == CardStatus.REPLACED) {
            return new BalanceTransfer(records.transferredAmount(lostCardNumber));
        }
        return new BalanceTransfer(operations.transferBalance(lostCardNumber, actor()).amountFen());
    }

    private Application application(String applicationId) {
        return applications.find(applicationId).orElseThrow(() -> new NotFoundException("card application", applicationId));
    }

    /** The user the engine runs the step for (the one who completed the task), or the system for timers and jobs. */
    private String actor() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }
}
