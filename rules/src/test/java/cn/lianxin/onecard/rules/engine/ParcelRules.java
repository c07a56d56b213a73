package cn.lianxin.onecard.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A two-rule DRL rule set over {@link Parcel}s, for the engine's own tests. */
final class ParcelRules {

    static final String DRL = """
            package cn.lianxin.onecard.rules.engine.parcels;

            import cn.lianxin.onecard.rules.engine.Parcel;
            import cn.lianxin.onecard.rules.engine.Postage;

            rule "heavy"
                salience 10
            when
                $p : Parcel( weightGrams >= 1000 )
            then
                insert(new Postage($p, 1500, drools.getRule().getName()));
                delete($p);
            end

            rule "light"
                salience 0
            when
                $p : Parcel()
            then
                insert(new Postage($p, 800, drools.getRule().getName()));
                delete($p);
            end
            """;

    private ParcelRules() {
    }

    static RuleResource drl(String name, String text) {
        return RuleResource.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static RuleSetSource source(int expectedRules, String drl) {
        return new RuleSetSource("parcels", expectedRules, List.of(drl("parcels.drl", drl)));
    }

    static CompiledRuleSet compiled() {
        return RuleSetCompiler.compile(source(2, DRL));
    }
}
