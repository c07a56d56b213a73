package cn.lianxin.onecard.rules.engine;

import static cn.lianxin.onecard.rules.TestFiles.CARD_FEE_FALLBACK;
import static cn.lianxin.onecard.rules.TestFiles.CARD_FEE_TABLE;
import static cn.lianxin.onecard.rules.TestFiles.classpath;
import static cn.lianxin.onecard.rules.TestFiles.withBlankRow;
import static cn.lianxin.onecard.rules.TestFiles.withCell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

    private static final RuleResource FALLBACK = RuleResource.of("card-fees-fallback.drl", classpath(CARD_FEE_FALLBACK));

    private static RuleSetCompilationException refusedCardFees(RuleResource table) {
        return refused(new RuleSetSource("card-fees", 6, List.of(table, FALLBACK)));
    }

    private static RuleSetCompilationException refusedCardFeeTable(byte[] table) {
        return refusedCardFees(RuleResource.of("card-fees.drl.xlsx", table));
    }

    private static RuleSetCompilationException refused(RuleSetSource source) {
        RuleSetCompilationException e =
                catchThrowableOfType(RuleSetCompilationException.class, () -> RuleSetCompiler.compile(source));
        assertThat(e).as("rule set %s must be refused", source.name()).isNotNull();
        assertThat(e.ruleSet()).isEqualTo(source.name());
        return e;
    }

    private static RuleSetProblem only(RuleSetCompilationException e, RuleSetProblem.Kind kind) {
        List<RuleSetProblem> of = e.problems().stream().filter(p -> p.kind() == kind).toList();
        assertThat(of).as("problems of kind %s in %s", kind, e.problems()).hasSize(1);
        return of.get(0);
    }

    @Test
    void shouldCompileADrlRuleSetWithItsRulesAndPrecedence() {
        CompiledRuleSet parcels = ParcelRules.compiled();

        assertThat(parcels.name()).isEqualTo("parcels");
        assertThat(parcels.ruleCount()).isEqualTo(2);
        assertThat(parcels.rules()).extracting(RuleInfo::name, RuleInfo::salience)
                .containsExactly(tuple("heavy", 10), tuple("light", 0));
    }

    @Test
    void shouldRefuseARuleSetThatCompilesToAnotherRuleCountNamingTheRuleSetExpectedAndActual() {
        RuleSetCompilationException e = refused(ParcelRules.source(3, ParcelRules.DRL));

        RuleSetProblem count = only(e, RuleSetProblem.Kind.RULE_COUNT);
        assertThat(count.message()).contains("rule set parcels must contain 3 rules but compiled to 2");
        assertThat(e.getMessage()).contains("rule set parcels refused").contains("must contain 3 rules but compiled to 2");
    }

    @Test
    void shouldRefuseTheCardFeeTableUnderAPlainXlsxNameWithTheCountMessage() {
        RuleSetCompilationException e = refusedCardFees(RuleResource.of("card-fees.xlsx", classpath(CARD_FEE_TABLE)));

        RuleSetProblem count = only(e, RuleSetProblem.Kind.RULE_COUNT);
        assertThat(count.message()).contains("rule set card-fees must contain 6 rules but compiled to 1 (no-fee-rule)");
        RuleSetProblem skipped = only(e, RuleSetProblem.Kind.UNSUPPORTED_RESOURCE);
        assertThat(skipped.resource()).isEqualTo("card-fees.xlsx");
        assertThat(skipped.message()).contains("*.drl.xlsx");
    }

    @Test
    void shouldReportADrlSyntaxErrorWithItsLine() {
        String broken = ParcelRules.DRL.replace("""
                    $p : Parcel( weightGrams >= 1000 )
                then""", """
                    $p : Parcel( weightGrams >= 1000 )
                thn""");
        int line = lineOf(broken, "thn");

        RuleSetCompilationException e = refused(ParcelRules.source(2, broken));

        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(RuleSetProblem.Kind.COMPILE);
            assertThat(p.resource()).isEqualTo("parcels.drl");
        });
        RuleSetProblem first = e.problems().get(0);
        assertThat(first.drlLine()).isBetween(line, line + 1);
        assertThat(first.drlColumn()).isNotNull();
        assertThat(first.where()).startsWith("parcels.drl, line " + first.drlLine() + ", column ");
        assertThat(e.problems()).noneMatch(p -> p.message().contains("null Package"));
    }

    @Test
    void shouldReportAnUnknownFactFieldInDrlWithItsLineAndExcerpt() {
        String broken = ParcelRules.DRL.replace("weightGrams >= 1000", "colour == \"red\"");

        RuleSetProblem p = only(refused(ParcelRules.source(2, broken)), RuleSetProblem.Kind.COMPILE);

        assertThat(p.drlLine()).isEqualTo(lineOf(broken, "colour"));
        assertThat(p.excerpt()).isEqualTo("$p : Parcel( colour == \"red\" )");
        assertThat(p.message()).contains("colour");
    }

    @Test
    void shouldReportAnErrorInARuleActionAtTheRule() {
        String broken = ParcelRules.DRL.replace("new Postage($p, 800,", "new Postage($parcel, 800,");

        RuleSetProblem p = only(refused(ParcelRules.source(2, broken)), RuleSetProblem.Kind.COMPILE);

        assertThat(p.drlLine()).isEqualTo(lineOf(broken, "rule \"light\""));
        assertThat(p.message()).contains("$parcel");
    }

    @Test
    void shouldNameTheResourceWhenADecisionTableIsNotASpreadsheetAtAll() {
        byte[] noise = new byte[4096];
        new Random(4).nextBytes(noise);

        RuleSetCompilationException e = refusedCardFeeTable(noise);

        RuleSetProblem p = only(e, RuleSetProblem.Kind.UNREADABLE);
        assertThat(p.resource()).isEqualTo("card-fees.drl.xlsx");
        assertThat(p.message()).startsWith("not a readable Excel workbook (.xlsx or .xls)");
        assertThat(p.toString()).startsWith("card-fees.drl.xlsx: not a readable Excel workbook");
        assertThat(e.problems()).as("the unreadable file is the one problem to report").hasSize(1);
    }

    @Test
    void shouldLocateAFeeThatIsNotANumberAtItsCell() {
        RuleSetProblem p = only(refusedCardFeeTable(withCell(classpath(CARD_FEE_TABLE), "I12", "twenty yuan")),
                RuleSetProblem.Kind.COMPILE);

        assertThat(p.resource()).isEqualTo("card-fees.drl.xlsx");
        assertThat(p.sheet()).isEqualTo("Card fees");
        assertThat(p.row()).isEqualTo(12);
        assertThat(p.column()).isEqualTo("I");
        assertThat(p.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell I12");
    }

    @Test
    void shouldLocateAMisspelledOperationAtItsCell() {
        RuleSetProblem p = only(refusedCardFeeTable(withCell(classpath(CARD_FEE_TABLE), "C13", "REPLCE")),
                RuleSetProblem.Kind.COMPILE);

        assertThat(p.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell C13");
        assertThat(p.message()).contains("REPLCE");
        assertThat(p.excerpt()).contains("operation == CardOperation.REPLCE");
    }

    @Test
    void shouldLocateAPrecedenceThatIsNotAWholeNumberAtItsCell() {
        RuleSetCompilationException e = refusedCardFeeTable(withCell(classpath(CARD_FEE_TABLE), "B13", "high"));

        RuleSetProblem p = only(e, RuleSetProblem.Kind.DECISION_TABLE);
        assertThat(p.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell B13");
        assertThat(p.message()).contains("Priority is not an integer");
        assertThat(e.problems()).as("no rule count on top of the table's own error").hasSize(1);
    }

    @Test
    void shouldLocateAnImportOfAnUnknownClassAtTheImportCell() {
        byte[] table = classpath(CARD_FEE_TABLE);
        table = withCell(table, "B2", "cn.lianxin.onecard.rules.cardfee.CardFees2, "
                + "cn.lianxin.onecard.rules.cardfee.CardFee, cn.lianxin.onecard.rules.cardfee.CardFeeQuery, "
                + "cn.lianxin.onecard.rules.cardfee.CardOperation");

        RuleSetCompilationException e = refusedCardFeeTable(table);

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("CardFees2");
            assertThat(p.where()).isEqualTo("card-fees.drl.xlsx, sheet 'Card fees', cell B2");
        });
    }

    @Test
    void shouldCatchABlankRowThatEndsTheTableEarlyByTheRuleCount() {
        RuleSetProblem p = only(refusedCardFeeTable(withBlankRow(classpath(CARD_FEE_TABLE), 13)),
                RuleSetProblem.Kind.RULE_COUNT);

        assertThat(p.message()).contains("must contain 6 rules but compiled to 3");
    }

    @Test
    void shouldRefuseAResourceTooLargeToBeARuleFile() {
        byte[] huge = new byte[RuleSetCompiler.MAX_RESOURCE_BYTES + 1];

        RuleSetProblem p = only(refusedCardFeeTable(huge), RuleSetProblem.Kind.UNREADABLE);

        assertThat(p.resource()).isEqualTo("card-fees.drl.xlsx");
        assertThat(p.message()).startsWith("too large");
    }

    @Test
    void shouldRefuseADrlFileThatIsNotUtf8() {
        byte[] gbk = (ParcelRules.DRL + "// 滞纳金\n").getBytes(Charset.forName("GBK"));

        RuleSetProblem p = only(refused(new RuleSetSource("parcels", 2, List.of(RuleResource.of("parcels.drl", gbk)))),
                RuleSetProblem.Kind.UNREADABLE);

        assertThat(p.message()).contains("UTF-8");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in text");
    }
}
