package cn.lianxin.onecard.integration.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BillReference;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsHeader;
import cn.lianxin.onecard.integration.format.ConsWriter;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-level checks of the pipeline and what it hands the store, with an in-memory store. */
class ConsUploadPipelineTest {

    private static final KeySystem KEYS = new KeySystem(MasterKeys.testKeys());
    private static final String C1 = "32030101";
    private static final String NAME = "CONS_32030101_20261106_000001.DAT";

    /** As the application runs it: every file MAC computed beside the reading thread. */
    private static final ExecutorService FILE_MAC_THREADS = Executors.newCachedThreadPool();

    @TempDir
    Path dir;

    @AfterAll
    static void stopFileMacThreads() {
        FILE_MAC_THREADS.shutdownNow();
    }

    private final FakeStore store = new FakeStore();

    private ConsUploadPipeline pipeline() {
        return new ConsUploadPipeline(KEYS, store, new Quarantine(dir.resolve("quarantine")), "32030001",
                Clock.fixed(Instant.parse("2026-11-24T04:00:00Z"), ZoneId.of("Asia/Shanghai")), FILE_MAC_THREADS);
    }

    @Test
    void theSpecExampleIsAcceptedWholeWithTheSpecAck() throws IOException {
        UploadAnswer answer = ingest(NAME, C1, example());
        assertThat(new String(answer.ack(), StandardCharsets.US_ASCII))
                .isEqualTo("ACH13203010120261106000001A000000030000000000000000\nACT100000000C35C94A0\n");
        assertThat(store.staged).extracting(Staged::lineNumber).containsExactly(2L, 3L, 4L);
        assertThat(store.consumed).containsKey(C1 + "/1");
    }

    @Test
    void theSameBytesAgainGetTheStoredAckAndOtherBytesUnderTheSameSequenceAreF004() throws IOException {
        byte[] first = ingest(NAME, C1, example()).ack();
        store.staged.clear();
        UploadAnswer again = ingest(NAME, C1, example());
        assertThat(again.repeated()).isTrue();
        assertThat(again.ack()).isEqualTo(first);
        assertThat(store.staged).isEmpty();
        byte[] other = file(1, List.of(detail(20, 5, 100)));
        assertRejected(ingest(NAME, C1, other), ReasonCode.F004);
    }

    @Test
    void aSequenceAheadOfTheNextIsF004AndConsumesNothing() throws IOException {
        assertRejected(ingest("CONS_32030101_20261106_000002.DAT", C1, file(2, List.of(detail(20, 5, 100)))), ReasonCode.F004);
        assertThat(store.consumed).isEmpty();
        assertThat(store.rejected).extracting(UploadStore.BatchRecord::reasonCode).containsExactly(ReasonCode.F004);
    }

    @Test
    void aNameThatLiesAboutItsCommunityOrDoesNotParseIsF001() throws IOException {
        assertRejected(ingest("CONS_32030102_20261106_000001.DAT", C1, example()), ReasonCode.F001);
        UploadAnswer broken = ingest("CONS_garbage.DAT", C1, example());
        assertThat(broken.hasAck()).isFalse();
        assertThat(broken.fileReason()).isEqualTo(ReasonCode.F001);
        assertThat(store.rejected).hasSize(2);
        // both kept and indexed under the community whose channel brought them, never under the one a name claims
        assertThat(store.rejected).extracting(UploadStore.BatchRecord::communityId).containsOnly(C1);
        try (var kept = Files.list(dir.resolve("quarantine").resolve(C1))) {
            assertThat(kept.filter(p -> !p.toString().endsWith(".ack"))).hasSize(2);
        }
        assertThat(dir.resolve("quarantine").resolve("32030102")).doesNotExist();
        assertThat(dir.resolve("quarantine").resolve("unknown")).doesNotExist();
    }

    @Test
    void anUnknownCommunityOrAnotherCentreIsF005() throws IOException {
        store.centres.remove(C1);
        assertRejected(ingest(NAME, C1, example()), ReasonCode.F005);
        store.centres.put(C1, "32039999");
        assertRejected(ingest(NAME, C1, example()), ReasonCode.F005);
    }

    @Test
    void aWrongMacIsF002AndAWrongCountF003AndNothingIsLeftStaged() throws IOException {
        String text = new String(example(), StandardCharsets.US_ASCII);
        byte[] badMac = (text.substring(0, text.length() - 9) + "00000000\n").getBytes(StandardCharsets.US_ASCII);
        assertRejected(ingest(NAME, C1, badMac), ReasonCode.F002);
        byte[] badCount = text.replace("TRL100000003", "TRL100000004").getBytes(StandardCharsets.US_ASCII);
        assertRejected(ingest(NAME, C1, badCount), ReasonCode.F003); // the MAC covers the bytes before the trailer only
        assertThat(store.rolledBack).isEqualTo(2);
    }

    @Test
    void malformedFieldsAndWrongTacsAreStagedWithTheirVerdict() throws IOException {
        String good = line(detail(20, 5, 100));
        String badTac = good.substring(0, 126) + "00000000";
        String badField = good.substring(0, 78) + "00000001X0" + good.substring(88);
        AckFile ack = ack(ingest(NAME, C1, rawFile(1, List.of(good, badTac, badField), 100 + 100)));
        assertThat(ack.status()).isEqualTo(AckStatus.PARTLY_ACCEPTED);
        assertThat(ack.rejections()).containsExactly(new AckRejection(3, ReasonCode.R002), new AckRejection(4, ReasonCode.R001));
        assertThat(store.staged).extracting(Staged::verdict).containsExactly(null, ReasonCode.R002, ReasonCode.R001);
    }

    private UploadAnswer ingest(String name, String community, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".DAT");
        Files.write(file, bytes);
        return pipeline().ingest(new ReceivedUpload(name, community, UploadChannel.HTTP, file));
    }

    private static void assertRejected(UploadAnswer answer, ReasonCode code) throws IOException {
        AckFile ack = ack(answer);
        assertThat(ack.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(ack.rejections()).containsExactly(new AckRejection(0, code));
    }

    private static AckFile ack(UploadAnswer answer) throws IOException {
        return AckCodec.read(new ByteArrayInputStream(answer.ack()), KEYS);
    }

    private static byte[] example() throws IOException {
        try (var in = ConsUploadPipelineTest.class.getResourceAsStream("/spec-examples/" + NAME)) {
            return in.readAllBytes();
        }
    }

    private static ConsHeader header(int sequence) {
        return new ConsHeader("32030001", C1, LocalDate.of(2026, 11, 6), sequence, LocalDateTime.of(2026, 11, 6, 23, 59, 59));
    }

    private static ConsDetail detail(int counter, long seq, long amount) {
        return new ConsDetail(TransactionType.OTHER_SERVICE, "3203000000000001", "A1B2C3D4", counter, "32030101",
                "3203000000A1", seq, LocalDateTime.of(2026, 11, 6, 10, 0), amount, 50000, 50000 - amount,
                BillReference.NONE, null);
    }

    private static byte[] file(int sequence, List<ConsDetail> details) {
        return ConsWriter.toBytes(header(sequence), details, KEYS);
    }

    private static String line(ConsDetail detail) {
        return new String(file(1, List.of(detail)), StandardCharsets.US_ASCII).split("\n")[1];
    }

    private static byte[] rawFile(int sequence, List<String> details, long total) {
        String headerLine = new String(file(sequence, List.of()), StandardCharsets.US_ASCII).split("\n")[0];
        StringBuilder body = new StringBuilder(headerLine).append('\n');
        details.forEach(d -> body.append(d).append('\n'));
        String mac = KEYS.uploadMac(C1, body.toString().getBytes(StandardCharsets.US_ASCII));
        return (body + String.format("TRL1%08d%014d%s\n", details.size(), total, mac)).getBytes(StandardCharsets.US_ASCII);
    }

    private record Staged(long lineNumber, ConsDetail detail, ReasonCode verdict) {
    }

    /** Accepts every staged line without a verdict; remembers consumed sequences and rejections. */
    private static final class FakeStore implements UploadStore {
        final Map<String, String> centres = new HashMap<>(Map.of(C1, "32030001", "32030102", "32030001"));
        final Map<String, ConsumedBatch> consumed = new HashMap<>();
        final List<BatchRecord> rejected = new ArrayList<>();
        final List<Staged> staged = new ArrayList<>();
        int rolledBack;

        @Override
        public <T> T inTransaction(String communityId, Function<UploadTransaction, T> work) {
            Map<String, ConsumedBatch> before = new HashMap<>(consumed);
            boolean[] rollback = {false};
            T result = work.apply(new UploadTransaction() {
                private final List<Staged> mine = new ArrayList<>();

                public Optional<String> centreOf(String c) {
                    return Optional.ofNullable(centres.get(c));
                }

                public Optional<ConsumedBatch> consumedBatch(String c, int sequence) {
                    return Optional.ofNullable(consumed.get(c + "/" + sequence));
                }

                public int nextSequence(String c) {
                    return (int) consumed.keySet().stream().filter(k -> k.startsWith(c + "/")).count() + 1;
                }

                public long beginBatch(BatchRecord record) {
                    consumed.put(record.communityId() + "/" + record.sequence(), null);
                    return consumed.size();
                }

                private ChunkedStaging<List<Staged>> staging;

                public Staging staging() {
                    // chunks of two lines: every file here is handed over in several
                    staging = new ChunkedStaging<>(2) {
                        private List<Staged> chunk = new ArrayList<>();

                        protected void append(long lineNumber, ConsDetail detail, ReasonCode verdict) {
                            chunk.add(new Staged(lineNumber, detail, verdict));
                        }

                        protected List<Staged> takeChunk() {
                            List<Staged> full = chunk;
                            chunk = new ArrayList<>();
                            return full;
                        }
                    };
                    return staging;
                }

                public Settlement settle(long batchId, String c, LocalDateTime now) {
                    for (ChunkedStaging.Chunk<List<Staged>> chunk = staging.next(); chunk != null; chunk = staging.next()) {
                        mine.addAll(chunk.content());
                    }
                    staged.addAll(mine);
                    List<AckRejection> rejections = mine.stream().filter(s -> s.verdict() != null)
                            .map(s -> new AckRejection(s.lineNumber(), s.verdict())).toList();
                    return new Settlement(mine.size() - rejections.size(), 0, rejections);
                }

                public void finishBatch(long batchId, BatchRecord r) {
                    consumed.put(r.communityId() + "/" + r.sequence(), new ConsumedBatch(batchId, r.sha256(), r.ackFileName(), r.ack()));
                }

                public void rollbackOnly() {
                    rollback[0] = true;
                }
            });
            if (rollback[0]) {
                consumed.clear();
                consumed.putAll(before);
                rolledBack++;
            }
            return result;
        }

        @Override
        public long recordNotConsumed(BatchRecord record) {
            rejected.add(record);
            return rejected.size();
        }
    }
}
