package cn.lianxin.onecard.integration.format;

import static cn.lianxin.onecard.integration.format.SpecExamples.CONS;
import static cn.lianxin.onecard.integration.format.SpecExamples.KEYS;
import static cn.lianxin.onecard.integration.format.SpecExamples.bytes;
import static cn.lianxin.onecard.integration.format.SpecExamples.consFile;
import static cn.lianxin.onecard.integration.format.SpecExamples.lines;
import static cn.lianxin.onecard.integration.format.SpecExamples.replaceAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsReaderTest {

    private static final long EXAMPLE_TOTAL = 15600 + 23450 + 500;

    record Read(List<ConsLine> lines, ConsSummary summary) {
        ConsLine line(int number) {
            return lines.get(number - 1);
        }
    }

    static Read read(byte[] file) throws IOException {
        return read(new ByteArrayInputStream(file), null);
    }

    static Read read(InputStream in, BatchFileName name) throws IOException {
        List<ConsLine> lines = new ArrayList<>();
        ConsSummary summary = ConsReader.read(in, KEYS, name, lines::add);
        return new Read(lines, summary);
    }

    @Test
    void shouldParseTheSpecExampleAndVerifyItsTacsAndFileMac() throws IOException {
        Read read = read(new ByteArrayInputStream(bytes(CONS)), BatchFileName.parse(CONS));

        assertThat(read.lines()).extracting(ConsLine::kind).containsExactly(ConsLine.Kind.HEADER,
                ConsLine.Kind.DETAIL, ConsLine.Kind.DETAIL, ConsLine.Kind.DETAIL, ConsLine.Kind.TRAILER);
        assertThat(read.lines()).allSatisfy(line -> assertThat(line.fault()).isEmpty());
        assertThat(read.lines().subList(1, 4)).allSatisfy(line -> assertThat(line.tacValid()).isTrue());
        assertThat(read.line(1).header()).contains(new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 1,
                LocalDateTime.of(2026, 11, 6, 23, 59, 59)));
        assertThat(read.line(2).detail()).contains(new ConsDetail(TransactionType.PROPERTY_FEE, "3203000000000001",
                "A1B2C3D4", 12, "32030101", "3203000000A1", 1, LocalDateTime.of(2026, 11, 5, 9, 30, 0), 15600, 50000,
                34400, BillReference.of("000000001234", YearMonth.of(2026, 11)), "6B1C16D8"));
        ConsDetail parking = read.line(4).detail().orElseThrow();
        assertThat(parking.type()).isEqualTo(TransactionType.PARKING_FEE);
        assertThat(parking.billReference().isNone()).isTrue();
        assertThat(parking.psamId()).isEqualTo("3203000000A2");
        assertThat(read.lines().subList(1, 4)).allSatisfy(
                line -> assertThat(line.detail().orElseThrow().balanceArithmeticHolds()).isTrue());
        assertThat(read.line(5).trailer()).contains(new ConsTrailer(3, EXAMPLE_TOTAL, "CAE7624A"));

        ConsSummary summary = read.summary();
        assertThat(summary.fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        assertThat(summary.isAcceptable()).isTrue();
        assertThat(summary.rejection()).isEmpty();
        assertThat(summary.lineCount()).isEqualTo(5);
        assertThat(summary.detailLineCount()).isEqualTo(3);
        assertThat(summary.detailAmountSumFen()).isEqualTo(39550);
    }

    @Test
    void shouldGiveEachLineItsNumberAndBytesAsReceived() throws IOException {
        Read read = read(bytes(CONS));
        List<String> expected = lines(CONS);

        for (int i = 0; i < expected.size(); i++) {
            assertThat(read.lines().get(i).lineNumber()).isEqualTo(i + 1);
            assertThat(new String(read.lines().get(i).rawBytes(), StandardCharsets.US_ASCII)).isEqualTo(expected.get(i) + "\n");
        }
    }

    @Test
    void shouldVerifyTheFileMacOverCrlfBytesWhenTheFileHasThem() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        byte[] crlf = consFile(lines, "\r\n", 3, EXAMPLE_TOTAL);

        Read read = read(crlf);

        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        assertThat(read.summary().isAcceptable()).isTrue();
        assertThat(read.lines().subList(1, 4)).allSatisfy(line -> assertThat(line.tacValid()).isTrue());
        assertThat(new String(read.line(2).rawBytes(), StandardCharsets.US_ASCII)).endsWith("6B1C16D8\r\n");
    }

    @Test
    void shouldRejectCrlfBytesUnderAMacMadeOverLf() throws IOException {
        String asCrlf = new String(bytes(CONS), StandardCharsets.US_ASCII).replace("\n", "\r\n");

        Read read = read(asCrlf.getBytes(StandardCharsets.US_ASCII));

        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.INVALID);
        assertThat(read.summary().rejection()).hasValueSatisfying(fault -> {
            assertThat(fault.code()).isEqualTo(ReasonCode.F002);
            assertThat(fault.lineNumber()).isEqualTo(5);
            assertThat(fault.field()).isEqualTo("file MAC");
            assertThat(fault.position()).isEqualTo(27);
        });
    }

    @Test
    void shouldRejectATamperedByteWithF002() throws IOException {
        byte[] file = bytes(CONS);
        file[100] = (byte) (file[100] == '1' ? '2' : '1'); // inside line 2, covered by the file MAC

        Read read = read(file);

        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.INVALID);
        assertThat(read.summary().rejection().map(FormatFault::code)).contains(ReasonCode.F002);
    }

    @Test
    void shouldReportAWrongDetailLengthAsF001AtWhereTheLineShouldHaveEnded() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(2, lines.get(2).substring(0, 133));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        FormatFault fault = read.line(3).fault().orElseThrow();
        assertThat(fault).isEqualTo(new FormatFault(ReasonCode.F001, 3, "line length", 134,
                "a DTL1 detail line has 134 characters, this line has 133"));
        assertThat(read.summary().isAcceptable()).isFalse();
        assertThat(read.summary().rejection()).contains(fault);
        assertThat(read.summary().amountSumComplete()).isFalse();
    }

    @Test
    void shouldReportABadHeaderTagAsF001() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(0, replaceAt(lines.get(0), 1, "HDR2"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(1).fault()).contains(new FormatFault(ReasonCode.F001, 1, "record tag", 1,
                "expected HDR1 (header), found 'HDR2'"));
        assertThat(read.summary().header()).isEmpty();
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.NOT_CHECKED);
        assertThat(read.summary().rejection().map(FormatFault::code)).contains(ReasonCode.F001);
        assertThat(read.line(2).detail()).isPresent();
    }

    @Test
    void shouldReportABadHeaderDateAsF001NamingTheField() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(0, replaceAt(lines.get(0), 21, "20261131"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(1).fault()).contains(new FormatFault(ReasonCode.F001, 1, "business date", 21,
                "'20261131' is not a valid date yyyyMMdd"));
    }

    @Test
    void shouldReportANonDigitAmountAsR001WithoutRejectingTheFile() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 87, "O"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(2).fault()).contains(new FormatFault(ReasonCode.R001, 2, "amount", 79,
                "'00000156O0' is not 10 decimal digits (found 'O' at position 87)"));
        assertThat(read.line(2).detail()).isEmpty();
        assertThat(read.line(2).tacValid()).isFalse();
        assertThat(read.summary().isAcceptable()).isTrue();
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        assertThat(read.summary().amountSumComplete()).isFalse();
        assertThat(read.line(3).tacValid()).isTrue();
    }

    @Test
    void shouldStillCountTheAmountOfADetailRejectedForAnotherField() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 65, "20261305093000"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL + 1));

        assertThat(read.line(2).fault()).contains(new FormatFault(ReasonCode.R001, 2, "transaction time", 65,
                "'20261305093000' is not a valid time yyyyMMddHHmmss"));
        assertThat(read.summary().amountSumComplete()).isTrue();
        assertThat(read.summary().rejection()).contains(new FormatFault(ReasonCode.F003, 5, "sum of detail amounts", 13,
                "trailer says 39551 fen, the details sum to 39550"));
    }

    @Test
    void shouldReportBadHexAsR001NamingTheField() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 23, "A1B2C3G4"));
        lines.set(2, replaceAt(lines.get(2), 45, "3203000000a1"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(2).fault()).contains(new FormatFault(ReasonCode.R001, 2, "card UID", 23,
                "'A1B2C3G4' is not 8 upper-case hex digits (found 'G' at position 29)"));
        assertThat(read.line(3).fault()).contains(new FormatFault(ReasonCode.R001, 3, "PSAM id", 45,
                "'3203000000a1' is not 12 upper-case hex digits (found 'a' at position 55)"));
    }

    @Test
    void shouldReportAnUnknownTransactionTypeAndAMalformedBillReference() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 5, "04"));
        lines.set(2, replaceAt(lines.get(2), 121, "202613"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(2).fault()).contains(new FormatFault(ReasonCode.R001, 2, "type", 5,
                "'04' is not a transaction type (01, 02 or 03)"));
        assertThat(read.line(3).fault()).contains(new FormatFault(ReasonCode.R001, 3, "bill reference", 109,
                "billing period '202613' (position 121) is not a valid month yyyyMM; a detail that pays no bill has 18 zeros"));
    }

    @Test
    void shouldShowNonPrintableBytesInAFaultAsHex() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        byte[] file = consFile(lines, "\n", 3, EXAMPLE_TOTAL);
        file[49 + 30] = (byte) 0xE4; // line 2, position 31: the card transaction counter

        Read read = read(file);

        assertThat(read.line(2).fault().orElseThrow().reason())
                .isEqualTo("'\\xE400012' is not 6 decimal digits (found '\\xE4' at position 31)");
    }

    @Test
    void shouldTellAWrongTacWithoutCallingItAFormatFault() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 127, "6B1C16D9"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        assertThat(read.line(2).fault()).isEmpty();
        assertThat(read.line(2).detail()).isPresent();
        assertThat(read.line(2).tacValid()).isFalse();
        assertThat(read.line(3).tacValid()).isTrue();
    }

    @Test
    void shouldParseADetailWhoseBalanceArithmeticIsWrongAndSaySo() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.set(1, replaceAt(lines.get(1), 99, "0000034401"));

        Read read = read(consFile(lines, "\n", 3, EXAMPLE_TOTAL));

        ConsDetail detail = read.line(2).detail().orElseThrow();
        assertThat(detail.balanceArithmeticHolds()).isFalse();
        assertThat(read.line(2).tacValid()).isFalse(); // the TAC covers the balance
    }

    @Test
    void shouldReportTrailerCountAndTotalDisagreementsAsF003() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);

        Read read = read(consFile(lines, "\n", 4, EXAMPLE_TOTAL - 1));

        assertThat(read.summary().fileFaults()).containsExactly(
                new FormatFault(ReasonCode.F003, 5, "number of detail lines", 5, "trailer says 4 detail lines, the file has 3"),
                new FormatFault(ReasonCode.F003, 5, "sum of detail amounts", 13, "trailer says 39549 fen, the details sum to 39550"));
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
    }

    @Test
    void shouldReportAMalformedTrailerAsF001() throws IOException {
        byte[] file = bytes(CONS);
        String text = new String(file, StandardCharsets.US_ASCII).replace("TRL100000003", "TRL10000000x");

        Read read = read(text.getBytes(StandardCharsets.US_ASCII));

        assertThat(read.line(5).fault()).contains(new FormatFault(ReasonCode.F001, 5, "number of detail lines", 5,
                "'0000000x' is not 8 decimal digits (found 'x' at position 12)"));
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.NOT_CHECKED);
    }

    @Test
    void shouldReportAMissingTrailerAnEmptyFileAndLinesAfterTheTrailer() throws IOException {
        List<String> lines = lines(CONS);

        Read noTrailer = read(String.join("\n", lines.subList(0, 4)).concat("\n").getBytes(StandardCharsets.US_ASCII));
        Read empty = read(new byte[0]);
        Read extra = read((String.join("\n", lines) + "\n\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(noTrailer.summary().fileFaults()).containsExactly(new FormatFault(ReasonCode.F001, 0, "trailer", 0,
                "the file ends at line 4 without a trailer (TRL1)"));
        assertThat(empty.summary().fileFaults()).containsExactly(new FormatFault(ReasonCode.F001, 0, "header", 0,
                "the file is empty"));
        assertThat(extra.line(6).kind()).isEqualTo(ConsLine.Kind.AFTER_TRAILER);
        assertThat(extra.summary().fileFaults()).containsExactly(new FormatFault(ReasonCode.F001, 6, "record tag", 1,
                "nothing may follow the trailer (line 5)"));
        assertThat(extra.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
    }

    @Test
    void shouldRefuseASecondHeader() throws IOException {
        List<String> lines = lines(CONS).subList(0, 4);
        lines.add(2, lines.get(0));

        Read read = read(consFile(lines, "\n", 4, EXAMPLE_TOTAL));

        assertThat(read.line(3).fault()).contains(new FormatFault(ReasonCode.F001, 3, "record tag", 1,
                "a second header (HDR1); only line 1 may be a header"));
    }

    @Test
    void shouldAcceptATrailerWithoutFinalLineEnding() throws IOException {
        byte[] file = bytes(CONS);

        Read read = read(Arrays.copyOf(file, file.length - 1));

        assertThat(read.summary().isAcceptable()).isTrue();
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
    }

    @Test
    void shouldRefuseAHeaderThatDisagreesWithTheFileName() throws IOException {
        BatchFileName otherSequence = BatchFileName.cons("32030101", LocalDate.of(2026, 11, 6), 2);

        Read read = read(new ByteArrayInputStream(bytes(CONS)), otherSequence);

        assertThat(read.line(1).fault()).contains(new FormatFault(ReasonCode.F001, 1, "batch sequence", 29,
                "header says 000001 but the file name CONS_32030101_20261106_000002.DAT says 000002"));
        assertThat(read.summary().header()).isPresent();
        assertThat(read.summary().rejection().map(FormatFault::code)).contains(ReasonCode.F001);
        assertThatThrownBy(() -> new ConsReader(InputStream.nullInputStream(), KEYS, otherSequence.acknowledgement()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportATenMegabyteLineWithoutNewlineAsF001WithoutKeepingIt() throws IOException {
        byte[] header = (lines(CONS).get(0) + "\n").getBytes(StandardCharsets.US_ASCII);
        long hugeLength = 10L * 1024 * 1024;
        InputStream in = new GeneratedStream(header, hugeLength, new byte[0]);

        Read read = read(in, null);

        ConsLine huge = read.line(2);
        assertThat(huge.fault()).contains(new FormatFault(ReasonCode.F001, 2, "line length", 1025,
                "the line has " + hugeLength + " characters, more than the 1024 any line may have"));
        assertThat(huge.isTruncated()).isTrue();
        assertThat(huge.length()).isEqualTo(hugeLength);
        assertThat(huge.rawBytes()).hasSize(ConsReader.MAX_LINE_BYTES);
        assertThat(read.lines()).hasSize(2);
        assertThat(read.summary().fileMac()).isEqualTo(ConsSummary.MacCheck.NOT_CHECKED);
        assertThat(read.summary().fileFaults()).extracting(FormatFault::field).containsExactly("line length", "trailer");
    }

    @Test
    void shouldReadOnPastAnOverlongLine() throws IOException {
        List<String> lines = lines(CONS);
        byte[] header = (lines.get(0) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = ("\n" + lines.get(1) + "\n" + lines.get(4) + "\n").getBytes(StandardCharsets.US_ASCII);

        Read read = read(new GeneratedStream(header, 5_000_000, rest), null);

        assertThat(read.lines()).extracting(ConsLine::kind).containsExactly(ConsLine.Kind.HEADER,
                ConsLine.Kind.DETAIL, ConsLine.Kind.DETAIL, ConsLine.Kind.TRAILER);
        assertThat(read.line(3).tacValid()).isTrue();
        assertThat(read.line(4).trailer()).isPresent();
        assertThat(read.summary().rejection().map(FormatFault::field)).contains("line length");
    }

    @Test
    void shouldReadTheFirstLineBeforeTheRestOfTheFileHasArrived() throws IOException {
        byte[] header = (lines(CONS).get(0) + "\n").getBytes(StandardCharsets.US_ASCII);
        GeneratedStream in = new GeneratedStream(header, 50_000_000, new byte[0]);

        try (ConsReader reader = new ConsReader(in, KEYS)) {
            ConsLine first = reader.next();

            assertThat(first.header()).isPresent();
            assertThat(in.delivered()).isLessThanOrEqualTo(8192);
            assertThatThrownBy(reader::summary).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldReadBackAFileOfManyDetailsItWrote() throws IOException {
        ConsHeader header = new ConsHeader("32030001", "32030101", LocalDate.of(2026, 11, 6), 7,
                LocalDateTime.of(2026, 11, 6, 23, 0, 0));
        List<ConsDetail> details = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            details.add(new ConsDetail(TransactionType.OTHER_SERVICE, String.format("32030000%08d", i), "0F1E2D3C", i,
                    "32030101", "3203000000A1", i, LocalDateTime.of(2026, 11, 5, 8, 0).plusSeconds(i), 100 + i, 1_000_000,
                    1_000_000 - 100 - i, BillReference.NONE, null));
        }
        byte[] file = ConsWriter.toBytes(header, details, KEYS);

        List<ConsLine> bad = new ArrayList<>();
        ConsSummary summary = ConsReader.read(new ByteArrayInputStream(file), KEYS,
                BatchFileName.cons("32030101", LocalDate.of(2026, 11, 6), 7),
                line -> {
                    if (line.fault().isPresent() || (line.kind() == ConsLine.Kind.DETAIL && !line.tacValid())) {
                        bad.add(line);
                    }
                });

        assertThat(bad).isEmpty();
        assertThat(summary.isAcceptable()).isTrue();
        assertThat(summary.fileMac()).isEqualTo(ConsSummary.MacCheck.VALID);
        assertThat(summary.detailLineCount()).isEqualTo(5_000);
        assertThat(summary.detailAmountSumFen()).isEqualTo(5_000L * 100 + 4_999L * 5_000 / 2);
    }

    /** {@code prefix}, then {@code count} bytes of 'D' made up as they are read, then {@code suffix}. */
    static final class GeneratedStream extends InputStream {
        private final byte[] prefix;
        private final long count;
        private final byte[] suffix;
        private long delivered;

        GeneratedStream(byte[] prefix, long count, byte[] suffix) {
            this.prefix = prefix;
            this.count = count;
            this.suffix = suffix;
        }

        long delivered() {
            return delivered;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = prefix.length + count + suffix.length;
            if (delivered >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - delivered);
            for (int i = 0; i < n; i++) {
                long at = delivered + i;
                if (at < prefix.length) {
                    b[off + i] = prefix[(int) at];
                } else if (at < prefix.length + count) {
                    b[off + i] = 'D';
                } else {
                    b[off + i] = suffix[(int) (at - prefix.length - count)];
                }
            }
            delivered += n;
            return n;
        }
    }
}
