package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.card.CardApplications.Application;
import cn.lianxin.onecard.app.household.Household;
import cn.lianxin.onecard.app.household.HouseholdService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.terminal.Terminal;
import cn.lianxin.onecard.app.terminal.TerminalKind;
import cn.lianxin.onecard.app.terminal.TerminalService;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.processes.card.CardApplication;
import cn.lianxin.onecard.processes.card.CardIssuance;
import cn.lianxin.onecard.processes.card.CardLossAndReplacement;
import cn.lianxin.onecard.processes.card.LossReport;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The card operations that run as Camunda processes: applications for a card (CardIssuance) and
 * loss reports (CardLossAndReplacement), and the events that move them on — a card put down on
 * the outlet reader, a replacement card issued.
 */
@Service
public class CardProcessService {

    private static final Logger log = LoggerFactory.getLogger(CardProcessService.class);

    private final CardOperations operations;
    private final CardApplications applications;
    private final CardReaders readers;
    private final HouseholdService households;
    private final TerminalService terminals;
    private final CardIssuance issuance;
    private final CardLossAndReplacement loss;
    private final RuntimeService runtime;
    private final Clock clock;
    private final String coolingPeriod;

    CardProcessService(CardOperations operations, CardApplications applications, CardReaders readers,
                       HouseholdService households, TerminalService terminals, CardIssuance issuance,
                       CardLossAndReplacement loss, RuntimeService runtime, Clock clock,
                       @Value("${onecard.cards.cooling-period:P7D}") String coolingPeriod) {
        this.operations = operations;
        this.applications = applications;
        this.readers = readers;
        this.households = households;
        this.terminals = terminals;
        this.issuance = issuance;
        this.loss = loss;
        this.runtime = runtime;
        this.clock = clock;
        this.coolingPeriod = coolingPeriod;
    }

    /**
     * A holder applies for a card at an outlet: their identity is checked at the counter, the
     * application recorded and its CardIssuance process started (checks, then a clerk's review).
     */
    @Transactional
    public ApplicationView apply(ApplicationRequest request, String actor) {
        operations.verifiedHolder(request.cardholderId(), request.certificateNumber());
        Household household = households.requireActive("householdId", request.householdId(), CommunityScope.everything());
        String applicationId = applications.nextId();
        CardApplication application = new CardApplication(applicationId, request.cardholderId(), household.getHouseholdId(),
                household.getCommunityId(), request.outletId(), request.cardTypeCode());
        applications.insert(new Application(applicationId, request.cardholderId(), household.getHouseholdId(),
                household.getCommunityId(), request.cardTypeCode(), request.outletId(), "SUBMITTED", null, null, null),
                actor, clock.instant());
        ProcessInstance instance = issuance.start(application);
        log.info("card application {} by {} for holder {}: process {}", applicationId, actor, request.cardholderId(),
                instance.getId());
        return view(applicationId);
    }

    /**
     * The application and where its process waits. Outside any transaction of ours: the job
     * executor may end the process between the query and the look at its activities, and the
     * engine's refusal then must not mark a surrounding transaction for rollback (a 500).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ApplicationView view(String applicationId) {
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new NotFoundException("card application", applicationId));
        List<String> waitingAt = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey(CardIssuance.PROCESS_ID).list().stream()
                .flatMap(instance -> activeActivities(instance.getId()).stream())
                .toList();
        return new ApplicationView(application, waitingAt);
    }

    /** Where a process instance waits; nowhere if it ended since it was listed (the job executor ends them). */
    private List<String> activeActivities(String processInstanceId) {
        try {
            return runtime.getActiveActivityIds(processInstanceId);
        } catch (ProcessEngineException refused) {
            // "execution … doesn't exist" or "list of executions is empty": it ended meanwhile
            if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
                return List.of();
            }
            throw refused;
        }
    }

    /**
     * The clerk put the card down on outlet reader {@code readerId} for this application: its UID
     * moves the application's process on to personalisation.
     */
    @Transactional
    public ApplicationView cardPresented(String applicationId, String readerId) {
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new NotFoundException("card application", applicationId));
        Terminal reader = outletReader(readerId);
        if (!application.outletId().equals(reader.getOutletId())) {
            throw new InvalidFieldException("readerId", "reader " + readerId + " is at outlet " + reader.getOutletId()
                    + "; application " + applicationId + " is at outlet " + application.outletId());
        }
        String uid = readers.withCard(readerId, card -> card.readUid());
        try {
            issuance.cardPresented(applicationId, uid, readerId);
        } catch (RuntimeException e) {
            throw new ConflictException("applicationId", "application " + applicationId
                    + " is not waiting for a card: " + e.getMessage());
        }
        return view(applicationId);
    }

    /**
     * A card was put down on an outlet reader: when exactly one approved application of that
     * outlet waits for a card, it is that application's card.
     */
    @Transactional
    public void onCardPutDown(String readerId) {
        Terminal reader = terminals.find(readerId).orElse(null);
        if (reader == null || reader.getKind() != TerminalKind.OUTLET_READER) {
            return;
        }
        List<ProcessInstance> waiting = runtime.createProcessInstanceQuery()
                .processDefinitionKey(CardIssuance.PROCESS_ID)
                .activityIdIn(CardIssuance.MESSAGE_EVENT_CARD_PRESENTED)
                .variableValueEquals(CardIssuance.VAR_OUTLET_ID, reader.getOutletId())
                .list();
        if (waiting.size() == 1) {
            cardPresented(waiting.get(0).getBusinessKey(), readerId);
        } else if (waiting.size() > 1) {
            log.info("card put down on reader {}: {} applications of outlet {} wait for a card; the clerk names one",
                    readerId, waiting.size(), reader.getOutletId());
        }
    }

    /** Reports a card lost: its CardLossAndReplacement process blacklists it at once and waits out the cooling period. */
    @Transactional
    public CardView reportLoss(String cardNo, String actor, String place) {
        operations.reportLoss(cardNo, actor, place);
        loss.reportLoss(new LossReport(cardNo, coolingPeriod));
        return operations.view(cardNo);
    }

    /** Issues a replacement for a lost card and tells the card's process. */
    @Transactional
    public Replacement replace(String lostCardNo, IssueCommand command, String actor) {
        Replacement replacement = operations.replace(lostCardNo, command, actor);
        loss.replacementIssued(lostCardNo, replacement.card().cardNo());
        return replacement;
    }

    private Terminal outletReader(String readerId) {
        Terminal reader = terminals.find(readerId)
                .orElseThrow(() -> new InvalidFieldException("readerId", "no terminal " + readerId));
        if (reader.getKind() != TerminalKind.OUTLET_READER) {
            throw new InvalidFieldException("readerId", "terminal " + readerId + " is a " + reader.getKind()
                    + ", not an outlet reader");
        }
        return reader;
    }

    /** An application and where its process waits now (no activity ids once it has ended). */
    public record ApplicationView(Application application, List<String> waitingAt) {
    }
}
