package cn.lianxin.onecard.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTest {

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
    void shouldRefuseAResourceTooLargeToBeARuleFile() {
        byte[] huge = new byte[RuleSetCompiler.MAX_RESOURCE_BYTES + 1];

        RuleSetProblem p = only(refused(new RuleSetSource("tables", 1, List.of(RuleResource.of("t.drl.xlsx", huge)))),
                RuleSetProblem.Kind.UNREADABLE);

        assertThat(p.resource()).isEqualTo("t.drl.xlsx");
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
