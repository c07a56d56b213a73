package cn.lianxin.onecard.app.bench;

import cn.lianxin.onecard.app.support.PostgresIntegrationTest;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsHeader;
import cn.lianxin.onecard.integration.format.ConsWriter;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.upload.AckOutbox;
import cn.lianxin.onecard.integration.upload.ConsUploadPipeline;
import cn.lianxin.onecard.integration.upload.ReceivedUpload;
import cn.lianxin.onecard.integration.upload.UploadAnswer;
import cn.lianxin.onecard.integration.upload.UploadChannel;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test (run by {@code bin/bench-uploads}; Failsafe's default includes never pick
 * it up): one CONS file of {@code bench.records} records (default 1,000,000: 10,000 cards × 100
 * transactions with consistent counters and balances, every 10th paying a parking bill) ingested
 * end to end on PostgreSQL — every check, every TAC, duplicates, storage, bills, shadow accounts,
 * the ACK — next to a plain {@code COPY} of the same rows into {@code wallet_transaction} (rolled
 * back) in the same run. Prints the figures and the peak heap.
 */
@PostgresIntegrationTest
@EnabledIfSystemProperty(named = "bench.records", matches = "[0-9]+",
        disabledReason = "a benchmark: bin/bench-uploads runs it (an it.test of exclusions alone would pick it up)")
class UploadsBench {

    private static final int RECORDS = Integer.getInteger("bench.records", 1_000_000);
    private static final int CARDS = 10_000;
    private static final String COMMUNITY = "32030101";
    private static final long START_BALANCE = 10_000_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    KeySystem keys;
    @Autowired
    ConsUploadPipeline pipeline;

    @Test
    void ingestOneMillionRecords() throws Exception {
        long t0 = System.nanoTime();
        seed();
        Path dir = Files.createTempDirectory("bench-uploads");
        String name = "CONS_" + COMMUNITY + "_20261106_000001.DAT";
        Path file = dir.resolve(name);
        Path copyRows = dir.resolve("copy.tsv");
        writeFiles(file, copyRows);
        System.out.printf("BENCH data: %d cards, %d records, file %.1f MB, built in %.1f s%n", CARDS, RECORDS,
                Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);

        long copyNanos = plainCopy(copyRows);
        System.out.printf("BENCH plain COPY of the same %d rows into wallet_transaction: %.2f s%n", RECORDS, copyNanos / 1e9);

        jdbc.execute("vacuum analyze wallet_transaction");
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        UploadAnswer answer = pipeline.ingest(new ReceivedUpload(name, COMMUNITY, UploadChannel.INBOX, file));
        AckOutbox.writeAtomically(dir.resolve("out"), answer.ackFileName(), answer.ack());
        long ingestNanos = System.nanoTime() - started;
        long peakHeap = peakHeap();

        System.out.printf("BENCH ingest end to end: %d records in %.2f s = %.0f records/s (status %s, accepted %d, "
                        + "duplicates %d, rejected %d)%n", RECORDS, ingestNanos / 1e9, RECORDS / (ingestNanos / 1e9),
                answer.status().code(), answer.accepted(), answer.duplicates(), answer.rejected());
        System.out.printf("BENCH ratio ingest / plain COPY: %.2f%n", (double) ingestNanos / copyNanos);
        System.out.printf("BENCH peak used heap during the ingest: %d MiB (max heap %d MiB)%n", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        Long paid = jdbc.queryForObject("select sum(paid_fen) from bill where bill_kind = 'PARKING'", Long.class);
        System.out.printf("BENCH bills paid: %d fen over %d parking bills; shadow accounts moved: %d%n", paid,
                jdbc.queryForObject("select count(*) from bill where bill_kind = 'PARKING'", Integer.class),
                jdbc.queryForObject("select count(*) from shadow_account where card_counter = 100", Integer.class));

        long again = System.nanoTime();
        UploadAnswer repeat = pipeline.ingest(new ReceivedUpload(name, COMMUNITY, UploadChannel.INBOX, file));
        System.out.printf("BENCH the same file again (stored ACK): %.2f s%n", (System.nanoTime() - again) / 1e9);
        assertThat(answer.status()).isEqualTo(AckStatus.ACCEPTED);
        assertThat(answer.accepted()).isEqualTo(RECORDS);
        assertThat(repeat.ack()).isEqualTo(answer.ack());
    }

    private void seed() {
        jdbc.update("insert into card (card_no, uid, card_type_code, status, deposit_fen, created_at, updated_at) "
                + "select '3203900000' || lpad(cast(g as varchar), 6, '0'), 'B' || lpad(upper(to_hex(g)), 7, '0'), "
                + "(select min(card_type_code) from card_type), 'ACTIVE', 0, now(), now() from generate_series(0, ?) g",
                CARDS - 1);
        jdbc.update("insert into shadow_account (card_no, balance_fen, card_counter, updated_at) "
                + "select card_no, ?, 0, now() from card where card_no like '3203900000%'", START_BALANCE);
        jdbc.update("insert into bill (household_id, community_id, billing_period, bill_kind, amount_fen, due_date, status, "
                + "issued_at, updated_at) select household_id, community_id, '202611', 'PARKING', 100000000, date '2026-11-30', "
                + "'OPEN', now(), now() from household where community_id = ?", COMMUNITY);
        jdbc.execute("analyze");
    }

    private void writeFiles(Path file, Path copyRows) throws Exception {
        String[] households = jdbc.queryForList("select household_id from household where community_id = ? order by 1",
                String.class, COMMUNITY).toArray(String[]::new);
        long[] balance = new long[CARDS];
        java.util.Arrays.fill(balance, START_BALANCE);
        LocalDateTime time = LocalDateTime.of(2026, 11, 6, 8, 0);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             BufferedWriter copy = Files.newBufferedWriter(copyRows, StandardCharsets.US_ASCII)) {
            ConsWriter writer = new ConsWriter(out, keys);
            writer.header(new ConsHeader("32030001", COMMUNITY, LocalDate.of(2026, 11, 6), 1, LocalDateTime.of(2026, 11, 6, 23, 0)));
            for (int k = 0; k < RECORDS; k++) {
                int card = k % CARDS;
                int counter = k / CARDS + 1;
                long amount = 1 + (k % 97);
                boolean terminalA = (k & 1) == 0;
                BillReference bill = k % 10 == 0 ? new BillReference(households[k / 10 % households.length], "202611")
                        : BillReference.NONE;
                TransactionType type = bill.isNone() ? TransactionType.OTHER_SERVICE : TransactionType.PARKING_FEE;
                String cardNo = "3203900000" + String.format("%06d", card);
                String uid = "B" + String.format("%07X", card);
                ConsDetail d = new ConsDetail(type, cardNo, uid, counter, terminalA ? "32030101" : "32030102",
                        terminalA ? "3203000000A1" : "3203000000A2", k, time.plusSeconds(k), amount, balance[card],
                        balance[card] - amount, bill, null);
                balance[card] -= amount;
                writer.detail(d);
                copy.write(cardNo + "\tDEBIT\t" + amount + "\t" + d.balanceAfterFen() + "\t" + counter + "\t" + d.terminalId()
                        + "\t" + d.transactionTime().toString().replace('T', ' ') + "\t2026-11-24 12:00:00\t" + d.psamId()
                        + "\t" + k + "\t" + type.code() + "\t" + d.balanceBeforeFen() + "\t"
                        + (bill.isNone() ? "\\N\t\\N" : bill.householdId() + "\t" + bill.billingPeriod()) + "\tTAC00000\t0\t"
                        + (k + 2) + "\n");
            }
            writer.trailer();
        }
    }

    private long plainCopy(Path rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.US_ASCII)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy wallet_transaction (card_no, kind, amount_fen, "
                        + "balance_after_fen, card_counter, place, occurred_at, recorded_at, psam_id, terminal_seq, "
                        + "transaction_type, balance_before_fen, bill_household_id, bill_period, tac, batch_id, line_no) "
                        + "from stdin", reader);
            }
            long nanos = System.nanoTime() - started;
            c.rollback();
            return nanos;
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
