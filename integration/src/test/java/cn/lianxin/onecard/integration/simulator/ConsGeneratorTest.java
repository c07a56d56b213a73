package cn.lianxin.onecard.integration.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsHeader;
import cn.lianxin.onecard.integration.format.ConsLine;
import cn.lianxin.onecard.integration.format.ConsReader;
import cn.lianxin.onecard.integration.format.ConsSummary;
import cn.lianxin.onecard.integration.format.FormatFault;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsGeneratorTest {

    static final KeySystem KEYS = new KeySystem(MasterKeys.testKeys());
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final CommunityScenario DEMO = new CommunityScenario("32030001", "32030101", LocalDate.of(2026, 11, 24), 7,
            LocalDateTime.of(2026, 11, 24, 23, 59, 59),
            List.of(new SimulatedTerminal("32030101", "3203000000A1"), new SimulatedTerminal("32030102", "3203000000A2")),
            List.of(new SimulatedCard("3203000000000001", "A1B2C3D4", "000000001234", 50000, 11),
                    new SimulatedCard("3203000000000002", "0F1E2D3C", "000000001235", 2345, 2),
                    new SimulatedCard("3203000000000100", "5A5A5A5A", "000000001236", 100, 4)),
            List.of(new SimulatedBill("000000001234", NOVEMBER, TransactionType.PROPERTY_FEE, 15600),
                    new SimulatedBill("000000001235", NOVEMBER, TransactionType.PROPERTY_FEE, 2345),
                    new SimulatedBill("000000001236", NOVEMBER, TransactionType.PROPERTY_FEE, 9900)),
            3, 3, 501);

    final ConsGenerator generator = new ConsGenerator(KEYS);

    @Test
    void shouldMakeAValidUploadContinuingEveryCardsCounterAndBalance() throws IOException {
        GeneratedBatch batch = generator.generate(DEMO);

        assertThat(batch.fileName()).isEqualTo("CONS_32030101_20261124_000007.DAT");
        assertThat(faults(batch)).isEmpty();
        List<ConsDetail> details = read(batch).details;
        assertThat(details).extracting(d -> d.withTac(null)).isEqualTo(batch.details());
        // 1236 owes more than its card holds: two of the three households pay
        assertThat(details.subList(0, 2)).extracting(d -> d.cardNumber() + " " + d.cardCounter() + " " + d.balanceBeforeFen()
                        + "-" + d.amountFen() + "=" + d.balanceAfterFen() + " " + d.billReference().text())
                .containsExactly("3203000000000001 12 50000-15600=34400 000000001234202611",
                        "3203000000000002 3 2345-2345=0 000000001235202611");
        assertThat(details.subList(2, 5)).allSatisfy(d -> {
            assertThat(d.billReference()).isEqualTo(BillReference.NONE);
            assertThat(d.type()).isIn(TransactionType.PARKING_FEE, TransactionType.OTHER_SERVICE);
        });
        // the second purchase on card 0001 continues from the bill payment
        assertThat(details.get(2).cardNumber()).isEqualTo("3203000000000001");
        assertThat(details.get(2).cardCounter()).isEqualTo(13);
        assertThat(details.get(2).balanceBeforeFen()).isEqualTo(34400);
        assertThat(details).extracting(ConsDetail::terminalSequence).containsExactly(501L, 502L, 503L, 504L, 505L);
        assertThat(details).extracting(ConsDetail::terminalId)
                .containsExactly("32030101", "32030102", "32030101", "32030102", "32030101");
    }

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void shouldInjectExactlyTheFaultAskedFor(ReasonCode fault) throws IOException {
        GeneratedBatch batch = generator.generate(DEMO, fault);

        assertThat(faults(batch)).as(fault.code()).containsExactly(fault);
        assertThat(batch.fault()).isEqualTo(fault);
        if (!fault.isFileLevel()) {
            assertThat(batch.faultLine()).isEqualTo(fault == ReasonCode.R007 ? 3 : 2);
        }
    }

    @Test
    void shouldRefuseARecordFaultForABatchWithoutDetails() {
        CommunityScenario nothing = new CommunityScenario("32030001", "32030101", LocalDate.of(2026, 11, 24), 1,
                LocalDateTime.of(2026, 11, 24, 23, 0), DEMO.terminals(), DEMO.cards(), DEMO.bills(), 0, 0, 1);

        assertThat(faults(generator.generate(nothing), nothing)).isEmpty();
        assertThatThrownBy(() -> generator.generate(nothing, ReasonCode.R002))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R002 goes on a detail line");
    }

    /** What a centre that knows {@link #DEMO} would find wrong with the batch (§4), as a set of codes. */
    private static Set<ReasonCode> faults(GeneratedBatch batch) {
        return faults(batch, DEMO);
    }

    private static Set<ReasonCode> faults(GeneratedBatch batch, CommunityScenario scenario) {
        Read read = read(batch);
        Set<ReasonCode> found = EnumSet.noneOf(ReasonCode.class);
        read.summary.fileFaults().stream().map(FormatFault::code).forEach(found::add);
        read.lineFaults.forEach(found::add);
        if (!found.isEmpty()) {
            return found;
        }
        ConsHeader header = read.summary.header().orElseThrow();
        BatchFileName name = BatchFileName.parse(batch.fileName());
        assertThat(name.communityId()).isEqualTo(header.communityId());
        assertThat(name.sequence()).isEqualTo(header.batchSequence());
        if (!header.communityId().equals(scenario.communityId())) {
            return EnumSet.of(ReasonCode.F005);
        }
        if (header.batchSequence() != scenario.batchSequence()) {
            return EnumSet.of(ReasonCode.F004);
        }
        for (int i = 0; i < read.details.size(); i++) {
            ConsDetail d = read.details.get(i);
            for (ConsDetail earlier : read.details.subList(0, i)) {
                if (earlier.cardNumber().equals(d.cardNumber()) && earlier.cardCounter() == d.cardCounter()
                        && (!earlier.psamId().equals(d.psamId()) || earlier.terminalSequence() != d.terminalSequence())) {
                    found.add(ReasonCode.R007);
                }
            }
            if (!read.tacValid.get(i)) {
                found.add(ReasonCode.R002);
            }
            if (scenario.cards().stream().noneMatch(c -> c.cardNumber().equals(d.cardNumber()) && c.uid().equals(d.uid()))) {
                found.add(ReasonCode.R003);
            }
            if (!d.balanceArithmeticHolds()) {
                found.add(ReasonCode.R004);
            }
            if (!scenario.terminals().contains(new SimulatedTerminal(d.terminalId(), d.psamId()))) {
                found.add(ReasonCode.R005);
            }
            if (!d.billReference().isNone() && scenario.bills().stream().noneMatch(b -> b.householdId().equals(
                    d.billReference().householdId()) && d.billReference().period().orElseThrow().equals(b.period()))) {
                found.add(ReasonCode.R006);
            }
        }
        return found;
    }

    private record Read(ConsSummary summary, List<ConsDetail> details, List<Boolean> tacValid, List<ReasonCode> lineFaults) {
    }

    private static Read read(GeneratedBatch batch) {
        List<ConsDetail> details = new ArrayList<>();
        List<Boolean> tacs = new ArrayList<>();
        List<ReasonCode> lineFaults = new ArrayList<>();
        try (ConsReader reader = new ConsReader(new ByteArrayInputStream(batch.content()), KEYS)) {
            ConsLine line;
            while ((line = reader.next()) != null) {
                line.fault().ifPresent(f -> lineFaults.add(f.code()));
                if (line.detail().isPresent()) {
                    details.add(line.detail().get());
                    tacs.add(line.tacValid());
                }
            }
            return new Read(reader.summary(), details, tacs, lineFaults);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
