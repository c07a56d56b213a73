package cn.lianxin.onecard.app.demo;

import cn.lianxin.onecard.app.card.ApplicationRequest;
import cn.lianxin.onecard.app.card.CardProcessService;
import cn.lianxin.onecard.app.card.CardReaders;
import cn.lianxin.onecard.app.cardholder.CardholderRequest;
import cn.lianxin.onecard.app.cardholder.CardholderService;
import cn.lianxin.onecard.app.cardholder.CertificateType;
import cn.lianxin.onecard.app.cardholder.HolderCategory;
import cn.lianxin.onecard.app.cardholder.ResidentIdNumber;
import cn.lianxin.onecard.app.ruleset.RuleChangeService;
import cn.lianxin.onecard.app.ruleset.RuleVersions;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.security.Roles;
import cn.lianxin.onecard.app.security.StaffUser;
import cn.lianxin.onecard.processes.card.CardIssuance;
import cn.lianxin.onecard.rules.engine.RuleResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Work in flight for every role on the embedded demo, so that a new user who logs in finds a task:
 * a card application waiting for an outlet clerk's review ({@code clerk}), one waiting for
 * community 32030101's sign-off ({@code staff101}: reviewed, card personalised on outlet reader
 * 32039101), and a late-fee rule change waiting for a rule approver ({@code approver}, submitted
 * by {@code analyst}). It goes through the same services and process steps as staff do, only once
 * (on a database without process history), and runs the processes' jobs itself, before the job
 * executor starts.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "onecard.demo.users", havingValue = "true")
class DemoWorkInFlight implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkInFlight.class);

    static final String OUTLET = "32039001";
    static final String READER = "32039101";
    /** The card the second application is personalised onto. */
    static final String CARD_UID = "DE300001";
    static final String LATE_FEES = "late-fees";
    static final String LATE_FEES_TABLE = "late-fees.drl.xlsx";

    private final CardholderService cardholders;
    private final CardProcessService cardProcesses;
    private final CardReaders readers;
    private final RuleChangeService ruleChanges;
    private final RuleVersions ruleVersions;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final Clock clock;

    DemoWorkInFlight(CardholderService cardholders, CardProcessService cardProcesses, CardReaders readers,
                     RuleChangeService ruleChanges, RuleVersions ruleVersions, TaskService tasks,
                     ManagementService management, HistoryService history, RuntimeService runtime,
                     Clock clock) {
        this.cardholders = cardholders;
        this.cardProcesses = cardProcesses;
        this.readers = readers;
        this.ruleChanges = ruleChanges;
        this.ruleVersions = ruleVersions;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().count() > 0) {
            log.info("Demo work in flight: the database has process history already; nothing started");
            return;
        }
        String review = apply("周晓燕", "000000001120", "32030219900310042");
        String signOff = apply("吴建国", "000000001110", "32030219850721017");
        approveAndPersonalise(signOff);
        String ruleChange = submitRuleChange();
        log.info("Demo work in flight: application {} waits for a clerk's review, application {} for community "
                + "32030101's sign-off, rule change {} for a rule approver", review, signOff, ruleChange);
    }

    /** A new holder applies at the outlet; the automated checks run: the clerk's review is next. */
    private String apply(String name, String householdId, String first17Digits) {
        String certificate = first17Digits + ResidentIdNumber.checkCharacter(first17Digits);
        Long holder = cardholders.register(new CardholderRequest(name, HolderCategory.ADULT, CertificateType.RESIDENT_ID, certificate,
                "13900001111", householdId), CommunityScope.everything()).getCardholderId();
        String applicationId = cardProcesses.apply(new ApplicationRequest(holder, certificate, householdId, "01", OUTLET),
                "clerk").application().applicationId();
        runJobs(applicationId);
        return applicationId;
    }

    /** The clerk approves and puts a new card on the outlet reader; the card is written: sign-off is next. */
    private void approveAndPersonalise(String applicationId) {
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
        tasks.claim(review.getId(), "clerk");
        tasks.complete(review.getId(), Map.of(CardIssuance.VAR_REVIEW_DECISION, CardIssuance.DECISION_APPROVE,
                CardIssuance.VAR_REVIEW_COMMENT, "资料齐全 documents complete"));
        readers.presentVirtualCard(READER, CARD_UID);
        runJobs(applicationId);
    }

    /** The analyst rewords a late-fee reason, effective in a week; the check runs: approval is next. */
    private String submitRuleChange() {
        StaffUser analyst = new StaffUser("analyst", Set.of(Roles.RULE_ANALYST), Set.of());
        String active = ruleVersions.active(LATE_FEES).orElseThrow().versionId();
        byte[] table = ruleVersions.file(active, LATE_FEES_TABLE).orElseThrow().content();
        List<RuleChangeService.Upload> uploads = new ArrayList<>();
        uploads.add(new RuleChangeService.Upload(LATE_FEES_TABLE,
                withCell(table, "E12", "物业费逾期 property fee overdue: 0.05% a day after 15 days, at most 20%")));
        String versionId = ruleChanges.draft(LATE_FEES, uploads, analyst).version().versionId();
        ruleChanges.submit(LATE_FEES, versionId, "账单上的说明更清楚 clearer wording on the bill",
                OffsetDateTime.now(clock).plusDays(7), analyst);
        runJobs(versionId);
        return versionId;
    }

    /** Runs the jobs of the process with this business key until it waits for a person. */
    private void runJobs(String businessKey) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable()
                            .list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("the demo process " + businessKey + " still has jobs after 10 rounds");
    }

    private static byte[] withCell(byte[] xlsx, String ref, String value) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            CellReference at = new CellReference(ref);
            workbook.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol()).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
