package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsHeader;
import cn.lianxin.onecard.integration.format.ConsWriter;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds CONS files for tests: valid ones with ConsWriter and the test keys, then broken in exactly one place. */
public final class ConsFiles {

    public static final KeySystem KEYS = new KeySystem(MasterKeys.testKeys());
    public static final LocalDate DAY = LocalDate.of(2026, 11, 6);

    /** The example of interfaces.md §3.1, byte for byte. */
    public static final String EXAMPLE = """
            HDR132030001320301012026110600000120261106235959
            DTL1013203000000000001A1B2C3D4000012320301013203000000A100000001202611050930000000015600000005000000000344000000000012342026116B1C16D8
            DTL10132030000000000020F1E2D3C000003320301013203000000A100000002202611050945120000023450000002345000000000000000000012352026111A80B012
            DTL1023203000000000001A1B2C3D4000013320301023203000000A20000007720261106180100000000050000000344000000033900000000000000000000A2AB61B4
            TRL10000000300000000039550CAE7624A
            """;
    public static final String EXAMPLE_ACK = "ACH13203010120261106000001A000000030000000000000000\nACT100000000C35C94A0\n";

    private ConsFiles() {
    }

    public static String name(String community, int sequence) {
        return String.format("CONS_%s_20261106_%06d.DAT", community, sequence);
    }

    public static String header(String community, int sequence) {
        return "HDR132030001" + community + "20261106" + String.format("%06d", sequence) + "20261106235959";
    }

    /** A valid detail line (TAC computed). */
    public static String detail(TransactionType type, String card, String uid, int counter, String terminal, String psam,
            long terminalSeq, long amount, long before, BillReference bill) {
        ConsDetail d = new ConsDetail(type, card, uid, counter, terminal, psam, terminalSeq,
                LocalDateTime.of(2026, 11, 6, 10, 0, 0), amount, before, before - amount, bill, null);
        byte[] bytes = ConsWriter.toBytes(new ConsHeader("32030001", "32030101", DAY, 1,
                LocalDateTime.of(2026, 11, 6, 23, 59, 59)), List.of(d), KEYS);
        return new String(bytes, StandardCharsets.US_ASCII).split("\n")[1];
    }

    /** A plain debit (no bill) of card 1 on community 32030101's terminal 32030101. */
    public static String debit(int counter, long terminalSeq, long amount, long before) {
        return detail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4", counter, "32030101", "3203000000A1",
                terminalSeq, amount, before, BillReference.NONE);
    }

    /** {@code line} with the characters from 1-based {@code position} replaced by {@code text}. */
    public static String replaceAt(String line, int position, String text) {
        return line.substring(0, position - 1) + text + line.substring(position - 1 + text.length());
    }

    /** {@code line} with its TAC computed again over characters 1–126 (after a change the terminal signed). */
    public static String resign(String line) {
        String psam = line.substring(44, 56);
        return line.substring(0, 126) + KEYS.tac(psam, line.substring(0, 126).getBytes(StandardCharsets.US_ASCII));
    }

    /** A file of {@code header} and {@code details}, trailer with the right count, total and MAC. */
    public static byte[] file(String community, String header, List<String> details) {
        return file(community, header, details, "\n", details.size(), total(details));
    }

    /** The same with a chosen line ending, count and total (the MAC is right for what is written). */
    public static byte[] file(String community, String header, List<String> details, String ending, long count, long total) {
        StringBuilder body = new StringBuilder(header).append(ending);
        for (String d : details) {
            body.append(d).append(ending);
        }
        byte[] before = body.toString().getBytes(StandardCharsets.US_ASCII);
        String mac = KEYS.uploadMac(community, before);
        String trailer = String.format("TRL1%08d%014d%s%s", count, total, mac, ending);
        return (body + trailer).getBytes(StandardCharsets.US_ASCII);
    }

    public static long total(List<String> details) {
        long sum = 0;
        for (String d : details) {
            String amount = d.substring(78, 88);
            if (amount.chars().allMatch(Character::isDigit)) { // a malformed amount is not summed (nor compared)
                sum += Long.parseLong(amount);
            }
        }
        return sum;
    }

    public static List<String> list(String... lines) {
        return new ArrayList<>(Arrays.asList(lines));
    }
}
