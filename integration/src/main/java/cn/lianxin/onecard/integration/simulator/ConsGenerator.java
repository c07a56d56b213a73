package cn.lianxin.onecard.integration.simulator;

import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsHeader;
import cn.lianxin.onecard.integration.format.ConsWriter;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the consumption upload (interfaces.md §3.1) a community would send for a
 * {@link CommunityScenario}: households paying their open bills, other purchases, each debit
 * continuing the card's counter and balance as the centre knows them, TACs under each terminal's
 * PSAM and the file MAC under the community's {@code K_upload}. With a fault of §4 it breaks the
 * file in exactly that way and in no other (every MAC and TAC not concerned is made right over
 * the broken bytes). Pure: no I/O, no clock.
 */
public final class ConsGenerator {

    /** A community the centre does not know ({@code F005}). */
    public static final String UNKNOWN_COMMUNITY = "32039999";
    /** A card number the centre never issued ({@code R003}). */
    public static final String UNKNOWN_CARD = "3203999999999999";
    /** A terminal not registered anywhere ({@code R005}). */
    public static final String UNKNOWN_TERMINAL = "32039999";
    /** A household without bills ({@code R006}). */
    public static final String UNKNOWN_HOUSEHOLD = "999999999999";

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM");
    private static final int FIRST_DETAIL = 1; // index of line 2 in the list of lines

    private final KeySystem keys;

    public ConsGenerator(KeySystem keys) {
        this.keys = keys;
    }

    /** A valid upload. */
    public GeneratedBatch generate(CommunityScenario scenario) {
        return generate(scenario, null);
    }

    /**
     * An upload with {@code fault} injected (null: none). A record fault (R…) is put on the first
     * detail line; R007 on the second (it replays the first).
     *
     * @throws IllegalArgumentException a record fault for a batch without details
     */
    public GeneratedBatch generate(CommunityScenario scenario, ReasonCode fault) {
        List<ConsDetail> details = details(scenario);
        if (fault != null && !fault.isFileLevel() && details.isEmpty()) {
            throw new IllegalArgumentException("fault " + fault.code() + " goes on a detail line, but the batch has none: "
                    + "let some households pay or buy something");
        }
        String community = fault == ReasonCode.F005 ? UNKNOWN_COMMUNITY : scenario.communityId();
        int sequence = fault == ReasonCode.F004 ? scenario.batchSequence() + 1 : scenario.batchSequence();
        ConsHeader header = new ConsHeader(scenario.centreId(), community, scenario.businessDate(), sequence,
                scenario.createdAt());
        String name = BatchFileName.cons(community, scenario.businessDate(), sequence).fileName();
        byte[] valid = ConsWriter.toBytes(header, details, keys);
        if (fault == null || fault == ReasonCode.F004 || fault == ReasonCode.F005) {
            return new GeneratedBatch(name, valid, details, fault, fault == null ? 0 : 1);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(new String(valid, StandardCharsets.US_ASCII).split("\n")));
        long total = details.stream().mapToLong(ConsDetail::amountFen).sum();
        long faultLine = 2;
        switch (fault) {
            case F001 -> {
                lines.set(0, lines.get(0).substring(0, lines.get(0).length() - 1));
                faultLine = 1;
            }
            case F002, F003 -> faultLine = lines.size();
            case R001 -> breakDetail(lines, 71, "32", true);
            case R002 -> {
                String line = lines.get(FIRST_DETAIL);
                char last = line.charAt(line.length() - 1);
                lines.set(FIRST_DETAIL, line.substring(0, line.length() - 1) + (last == '0' ? '1' : '0'));
            }
            case R003 -> breakDetail(lines, 7, UNKNOWN_CARD, true);
            case R004 -> {
                ConsDetail first = details.get(0);
                breakDetail(lines, 99, String.format("%010d", first.balanceAfterFen() + 1), true);
            }
            case R005 -> breakDetail(lines, 37, UNKNOWN_TERMINAL, true);
            case R006 -> breakDetail(lines, 5, TransactionType.PROPERTY_FEE.code(), false);
            case R007 -> { // line 3 replays line 2: the same card counter and balances, a new terminal sequence
                if (details.size() < 2) {
                    throw new IllegalArgumentException("fault R007 replays line 2 on line 3: the batch needs two details");
                }
                ConsDetail first = details.get(0);
                ConsDetail replay = new ConsDetail(first.type(), first.cardNumber(), first.uid(), first.cardCounter(),
                        first.terminalId(), first.psamId(), (first.terminalSequence() + 50_000_000L) % 100_000_000L,
                        first.transactionTime(), first.amountFen(), first.balanceBeforeFen(), first.balanceAfterFen(),
                        first.billReference(), null);
                String replayed = new String(ConsWriter.toBytes(header, List.of(replay), keys), StandardCharsets.US_ASCII)
                        .split("\n")[1];
                total += first.amountFen() - details.get(1).amountFen();
                lines.set(FIRST_DETAIL + 1, replayed);
                details = new ArrayList<>(details);
                details.set(1, replay);
                faultLine = 3;
            }
            default -> throw new IllegalArgumentException("no injection for " + fault);
        }
        if (fault == ReasonCode.R006) {
            breakDetail(lines, 109, UNKNOWN_HOUSEHOLD + PERIOD.format(scenario.businessDate()), true);
        }
        byte[] content = seal(lines, community, details.size(), fault == ReasonCode.F003 ? total + 1 : total,
                fault == ReasonCode.F002);
        return new GeneratedBatch(name, content, details, fault, faultLine);
    }

    private List<ConsDetail> details(CommunityScenario s) {
        Map<String, long[]> wallets = new LinkedHashMap<>(); // card → {balance, counter}
        Map<String, List<SimulatedCard>> byHousehold = new HashMap<>();
        for (SimulatedCard card : s.cards()) {
            wallets.put(card.cardNumber(), new long[] {card.balanceFen(), card.counter()});
            if (card.householdId() != null) {
                byHousehold.computeIfAbsent(card.householdId(), h -> new ArrayList<>()).add(card);
            }
        }
        List<ConsDetail> details = new ArrayList<>();
        for (SimulatedBill bill : s.bills()) {
            if (details.size() >= s.billPayments()) {
                break;
            }
            for (SimulatedCard card : byHousehold.getOrDefault(bill.householdId(), List.of())) {
                long[] wallet = wallets.get(card.cardNumber());
                if (bill.outstandingFen() > 0 && wallet[0] >= bill.outstandingFen()) {
                    details.add(debit(s, details.size(), card, wallet, bill.kind(), bill.outstandingFen(),
                            BillReference.of(bill.householdId(), bill.period())));
                    break;
                }
            }
        }
        List<SimulatedCard> cards = s.cards();
        int cursor = 0;
        for (int i = 0; i < s.purchases(); i++) {
            SimulatedCard card = null;
            for (int tried = 0; tried < cards.size() && card == null; tried++, cursor++) {
                SimulatedCard next = cards.get(cursor % cards.size());
                if (wallets.get(next.cardNumber())[0] > 0) {
                    card = next;
                }
            }
            if (card == null) {
                break; // every wallet is empty
            }
            long[] wallet = wallets.get(card.cardNumber());
            long amount = Math.min(wallet[0], 500 + (137L * i) % 1500);
            TransactionType type = i % 2 == 0 ? TransactionType.PARKING_FEE : TransactionType.OTHER_SERVICE;
            details.add(debit(s, details.size(), card, wallet, type, amount, BillReference.NONE));
        }
        return details;
    }

    private static ConsDetail debit(CommunityScenario s, int index, SimulatedCard card, long[] wallet, TransactionType type,
                                    long amount, BillReference reference) {
        SimulatedTerminal terminal = s.terminals().get(index % s.terminals().size());
        long before = wallet[0];
        wallet[0] = before - amount;
        wallet[1] = wallet[1] + 1;
        LocalDateTime time = s.businessDate().atTime(8, 0).plusSeconds(30L * index);
        return new ConsDetail(type, card.cardNumber(), card.uid(), (int) wallet[1], terminal.terminalId(), terminal.psamId(),
                s.terminalSequence() + index, time, amount, before, wallet[0], reference, null);
    }

    /** Puts {@code text} at 1-based {@code position} of the first detail, its TAC recomputed when asked. */
    private void breakDetail(List<String> lines, int position, String text, boolean retac) {
        String line = lines.get(FIRST_DETAIL);
        String changed = line.substring(0, position - 1) + text + line.substring(position - 1 + text.length());
        if (retac) {
            String covered = changed.substring(0, 126);
            changed = covered + keys.tac(line.substring(44, 56), covered.getBytes(StandardCharsets.US_ASCII));
        }
        lines.set(FIRST_DETAIL, changed);
    }

    /** The lines before the trailer, then a trailer with {@code count}, {@code total} and the MAC over them. */
    private byte[] seal(List<String> lines, String community, int count, long total, boolean wrongMac) {
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(0, lines.size() - 1)) {
            body.append(line).append('\n');
        }
        String mac = keys.uploadMac(community, body.toString().getBytes(StandardCharsets.US_ASCII));
        if (wrongMac) {
            mac = mac.substring(0, 7) + (mac.charAt(7) == '0' ? '1' : '0');
        }
        body.append(String.format("TRL1%08d%014d%s\n", count, total, mac));
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
