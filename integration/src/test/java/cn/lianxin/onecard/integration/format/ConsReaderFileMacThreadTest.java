package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.CONS;
import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static cn.lianxin.onecard.integration.format.SpecExamples.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The file MAC computed on a thread of its own, as the upload pipeline reads: the same verdicts
 * as inline over files of many chunks, and the thread released whenever the reader stops short
 * of a MAC (no trailer, an over-long line, a reader closed half-way).
 */
class ConsReaderFileMacThreadTest {

    private static final BatchFileName NAME = BatchFileName.cons("32030101", LocalDate.of(2026, 11, 6), 7);

    private final ExecutorService macThreads = Executors.newCachedThreadPool();

    @AfterEach
    void threadsAreReleased() throws InterruptedException {
        macThreads.shutdown();
        assertThat(macThreads.awaitTermination(10, TimeUnit.SECONDS)).as("no MAC task left waiting").isTrue();
    }

    @Test
    void shouldVerifyTheMacOfAFileOfManyChunks() throws IOException {
        byte[] file = manyDetails(8_000);
        assertThat(file.length).isGreaterThan(10 * FileMac.CHUNK_BYTES);

        assertThat(read(file).fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        assertThat(ConsReader.read(new ByteArrayInputStream(file), KEYS, NAME, line -> { }).fileMac())
                .isEqualTo(ConsSummary.MacCheck.VALID);
    }

    @Test
    void shouldRejectATamperedLineInAnyChunk() throws IOException {
        byte[] file = manyDetails(8_000);
        int lastDetail = new String(file, StandardCharsets.US_ASCII).lastIndexOf("TRL1") - 2;
        for (int at : new int[] {200, FileMac.CHUNK_BYTES - 1, FileMac.CHUNK_BYTES, 5 * FileMac.CHUNK_BYTES + 17,
                lastDetail}) {
            byte[] tampered = file.clone();
            int tac = lineStart(file, at) + TAC_OFFSET;
            tampered[tac] = (byte) (file[tac] == '0' ? '1' : '0'); // another hex digit: still well-formed

            ConsSummary summary = read(tampered);

            assertThat(summary.fileMac()).as("TAC of the line holding byte %d changed", at)
                    .isEqualTo(ConsSummary.MacCheck.INVALID);
            assertThat(summary.rejection().map(FormatFault::code)).as("byte %d", at).contains(ReasonCode.F002);
        }
    }

    private static final int TAC_OFFSET = 126;

    private static int lineStart(byte[] file, int at) {
        int start = at;
        while (start > 0 && file[start - 1] != '\n') {
            start--;
        }
        return start;
    }

    @Test
    void shouldReleaseTheMacThreadWhenTheFileHasNoTrailer() throws IOException {
        List<String> lines = lines(CONS);
        byte[] noTrailer = (String.join("\n", lines.subList(0, 4)) + "\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(read(noTrailer).fileMac()).isEqualTo(ConsSummary.MacCheck.NOT_CHECKED);
    }

    @Test
    void shouldReleaseTheMacThreadAtAnOverlongLine() throws IOException {
        byte[] header = (lines(CONS).get(0) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("\n" + lines(CONS).get(4) + "\n").getBytes(StandardCharsets.US_ASCII);

        ConsSummary summary = read(new ConsReaderTest.GeneratedStream(header, 3_000_000, rest));

        assertThat(summary.fileMac()).isEqualTo(ConsSummary.MacCheck.NOT_CHECKED);
        assertThat(summary.rejection().map(FormatFault::field)).contains("line length");
    }

    @Test
    void shouldReleaseTheMacThreadWhenTheReaderIsClosedHalfWay() throws IOException {
        byte[] file = manyDetails(8_000);
        try (ConsReader reader = new ConsReader(new ByteArrayInputStream(file), KEYS, NAME, macThreads)) {
            for (int i = 0; i < 3_000; i++) {
                assertThat(reader.next()).isNotNull();
            }
        }
    }

    private ConsSummary read(byte[] file) throws IOException {
        return read(new ByteArrayInputStream(file));
    }

    private ConsSummary read(InputStream in) throws IOException {
        try (ConsReader reader = new ConsReader(in, KEYS, null, macThreads)) {
            while (reader.next() != null) {
                // reading is the point
            }
            return reader.summary();
        }
    }

    private static byte[] manyDetails(int count) {
        ConsHeader header = new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 7,
                LocalDateTime.of(2026, 11, 6, 23, 0, 0));
        List<ConsDetail> details = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            details.add(new ConsDetail(TransactionType.OTHER_SERVICE, String.format("32030000%08d", i), "0F1E2D3C", i,
                    "32030101", "3203000000A1", i, LocalDateTime.of(2026, 11, 5, 8, 0).plusSeconds(i), 100 + i, 1_000_000,
                    1_000_000 - 100 - i, BillReference.NONE, null));
        }
        return ConsWriter.toBytes(header, details, KEYS);
    }
}
