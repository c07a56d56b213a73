package cn.lianxin.onecard.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if arithmetic: what changed, by how much in total and at most, the ten largest. */
class WhatIfReportTest {

    private static WhatIfReport.Outcome fee(long fen) {
        return new WhatIfReport.Outcome(fen + " fen", fen);
    }

    @Test
    void shouldCountChangesTotalThemAndListTheTenLargestBySize() {
        List<String> ids = new ArrayList<>();
        List<WhatIfReport.Outcome> before = new ArrayList<>();
        List<WhatIfReport.Outcome> after = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(String.format("h%02d", i));
            before.add(fee(10_000));
            // h00..h14 up by i fen, h15..h19 down by 100*i fen, the rest unchanged
            after.add(fee(i < 15 ? 10_000 + i : i < 20 ? 10_000 - 100L * i : 10_000));
        }

        WhatIfReport report = WhatIfReport.compare("property-fees", "property-fees-v1", "households", ids, before, after);

        assertThat(report.evaluated()).isEqualTo(30);
        assertThat(report.changed()).isEqualTo(19); // h00 did not change: +0
        assertThat(report.increased()).isEqualTo(14);
        assertThat(report.decreased()).isEqualTo(5);
        assertThat(report.totalChangeFen()).isEqualTo((1 + 14) * 14 / 2 - 100L * (15 + 16 + 17 + 18 + 19));
        assertThat(report.largestChangeFen()).isEqualTo(-1900);
        assertThat(report.largest()).hasSize(10).extracting(WhatIfReport.Change::subject)
                .containsExactly("h19", "h18", "h17", "h16", "h15", "h14", "h13", "h12", "h11", "h10");
        assertThat(report.largest().get(0)).isEqualTo(new WhatIfReport.Change("h19", "10000 fen", "8100 fen", -1900));
    }

    @Test
    void shouldCountAHouseholdNewlyPricedAsAChangeFromNothing() {
        WhatIfReport report = WhatIfReport.compare("property-fees", "v1", "households", List.of("h1", "h2"),
                List.of(new WhatIfReport.Outcome("no unit price", null), fee(500)),
                List.of(fee(12_345), fee(500)));

        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.totalChangeFen()).isEqualTo(12_345);
        assertThat(report.largest()).containsExactly(new WhatIfReport.Change("h1", "no unit price", "12345 fen", 12_345));
    }

    @Test
    void shouldReportNoChangeWhenTheOutcomesAreTheSame() {
        WhatIfReport report = WhatIfReport.compare("card-fees", "v1", "cards", List.of("c1"), List.of(fee(2000)),
                List.of(fee(2000)));

        assertThat(report.changed()).isZero();
        assertThat(report.largest()).isEmpty();
        assertThat(report.largestChangeFen()).isZero();
    }
}
