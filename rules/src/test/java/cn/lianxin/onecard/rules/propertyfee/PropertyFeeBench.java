package cn.lianxin.onecard.rules.propertyfee;

import cn.lianxin.onecard.rules.ShippedRuleSets;
import cn.lianxin.onecard.rules.engine.CompiledRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark, not a test (see docs/rules.md, "Benchmark: monthly property fee"): bills N households
 * in memory with the shipped property-fee rules, in batches, and prints households/s.
 *
 * <pre>
 * java -cp rules/target/classes:rules/target/test-classes:$(cat /tmp/rules-cp.txt) \
 *     cn.lianxin.onecard.rules.propertyfee.PropertyFeeBench [households] [batch] [rounds]
 * </pre>
 *
 * <p>Two figures: {@code bill} is the production path (rules once per distinct fee class, the
 * formula per household); {@code per-household rules} evaluates the rules on one fee-class fact per
 * household (no deduplication, with fired-rule tracking), what the engine costs when every
 * household goes through Drools. The households are the same on every run (fixed seed).
 */
public final class PropertyFeeBench {

    private PropertyFeeBench() {
    }

    public static void main(String[] args) {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int perHousehold = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;

        long t0 = System.nanoTime();
        PropertyFees fees = ShippedRuleSets.load().propertyFees();
        System.out.printf("loaded shipped rule sets in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        List<Household> all = households(households);
        System.out.printf("%,d households, %,d distinct fee classes, batches of %,d, %d cores, max heap %d MB%n",
                all.size(), all.stream().map(Household::feeClass).distinct().count(), batch,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long totalFen = 0;
            long billed = 0;
            for (int from = 0; from < all.size(); from += batch) {
                for (PropertyFee fee : fees.bill(all.subList(from, Math.min(all.size(), from + batch)))) {
                    totalFen += fee.feeFen();
                    billed += fee.decided() ? 1 : 0;
                }
            }
            long nanos = System.nanoTime() - start;
            System.out.printf("bill round %d: %,d households in %d ms = %,d households/s (billed %,d, total %,d fen)%n",
                    round, all.size(), nanos / 1_000_000, all.size() * 1_000_000_000L / nanos, billed, totalFen);
        }

        if (perHousehold > 0) {
            CompiledRuleSet ruleSet = fees.ruleSet();
            List<FeeClass> facts = new ArrayList<>(perHousehold);
            for (int i = 0; i < perHousehold; i++) {
                FeeClass c = all.get(i).feeClass();
                facts.add(new FeeClass(c.communityCode(), c.buildingType(), c.holderCategory(), c.vacant()));
            }
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                long terms = 0;
                for (int from = 0; from < facts.size(); from += batch) {
                    terms += ruleSet.evaluate(facts.subList(from, Math.min(facts.size(), from + batch)),
                            PropertyFeeTerm.class, PropertyFeeTerm::feeClass).stream()
                            .mapToLong(o -> o.results().size()).sum();
                }
                long nanos = System.nanoTime() - start;
                System.out.printf("per-household rules round %d: %,d facts in %d ms = %,d facts/s (%,d terms)%n",
                        round, facts.size(), nanos / 1_000_000, facts.size() * 1_000_000_000L / nanos, terms);
            }
        }
    }

    /**
     * A fixed city: the six priced community/building-type pairs of the shipped table, 1 in 100
     * households in a community without prices (NO_UNIT_PRICE); 70 % standard, 15 % senior, 10 %
     * subsidised, 5 % staff holders; 1 in 10 vacant; 30.00–300.00 m².
     */
    static List<Household> households(int n) {
        SplittableRandom random = new SplittableRandom(20261124L);
        String[] communities = {"32030101", "32030101", "32030102", "32030102", "32030102", "32030103"};
        BuildingType[] types = {BuildingType.HIGH_RISE, BuildingType.MULTI_STOREY, BuildingType.HIGH_RISE,
                BuildingType.MULTI_STOREY, BuildingType.SHOP, BuildingType.VILLA};
        List<Household> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int pair = random.nextInt(types.length);
            String community = random.nextInt(100) == 0 ? "C004" : communities[pair];
            int c = random.nextInt(100);
            HolderCategory category = c < 70 ? HolderCategory.STANDARD : c < 85 ? HolderCategory.SENIOR
                    : c < 95 ? HolderCategory.SUBSIDISED : HolderCategory.STAFF;
            FeeClass feeClass = new FeeClass(community, types[pair], category, random.nextInt(10) == 0);
            list.add(new Household("H" + i, 3_000 + random.nextLong(27_001), feeClass));
        }
        return list;
    }
}
