package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.Mac4;

/**
 * Reads the centre's small files that share one shape — a header line, body lines, and a
 * trailer {@code tag ‖ count of body lines (8) ‖ mac4(K_upload(community), every byte before
 * it)} — i.e. ACK (§3.2) and BLK (§3.3). Stops at the first fault with a {@link FormatException}:
 * {@code F001} structure, {@code F002} MAC, {@code F003} count.
 */
final class CountedFileReader {

    /** The parts that differ between ACK and BLK. */
    interface Spec<H, B> {
        H parseHeader(LineInput.RawLine line, long lineNumber);

        String communityOf(H header);

        String bodyTag();

        String bodyName();

        B parseBody(LineInput.RawLine line, long lineNumber);

        String trailerTag();

        String trailerName();
    }

    record Content<H, B>(H header, List<B> body) {
    }

    static final int TRAILER_LENGTH = 20;
    static final Field TRAILER_COUNT = new Field("line count", 5, 8);
    static final Field TRAILER_MAC = new Field("file MAC", 13, 8);

    private CountedFileReader() {
    }

    static <H, B> Content<H, B> read(InputStream in, KeySystem keys, Spec<H, B> spec) throws IOException {
        LineInput input = new LineInput(in, ConsReader.MAX_LINE_BYTES);
        LineInput.RawLine line = input.next();
        if (line == null) {
            throw new FormatException(new FormatFault(ReasonCode.F001, 0, "header", 0, "the file is empty"));
        }
        long number = 1;
        FieldParser.requireNotOverLong(line, number);
        H header = spec.parseHeader(line, number);
        Mac4.Incremental mac = Mac4.start(keys.uploadKey(spec.communityOf(header))).update(line.bytesAsReceived());
        List<B> body = new ArrayList<>();
        while (true) {
            line = input.next();
            if (line == null) {
                throw new FormatException(new FormatFault(ReasonCode.F001, 0, "trailer", 0,
                        "the file ends at line " + number + " without a trailer (" + spec.trailerTag() + ")"));
            }
            number++;
            FieldParser.requireNotOverLong(line, number);
            if (line.startsWith(spec.trailerTag())) {
                break;
            }
            FieldParser.requireTag(line, number, spec.bodyTag(), spec.bodyName());
            body.add(spec.parseBody(line, number));
            mac.update(line.bytesAsReceived());
        }
        long trailerLine = number;
        FieldParser.requireLength(line, trailerLine, spec.trailerName(), TRAILER_LENGTH);
        FieldParser trailer = new FieldParser(line.content(), trailerLine, ReasonCode.F001);
        long count = trailer.number(TRAILER_COUNT);
        String fileMac = trailer.upperHex(TRAILER_MAC);
        if (input.next() != null) {
            throw new FormatException(new FormatFault(ReasonCode.F001, trailerLine + 1, "record tag", 1,
                    "nothing may follow the trailer (line " + trailerLine + ")"));
        }
        if (!mac.finishAndMatch(fileMac)) {
            throw new FormatException(new FormatFault(ReasonCode.F002, trailerLine, TRAILER_MAC.name(),
                    TRAILER_MAC.position(), "is not mac4(K_upload(" + spec.communityOf(header) + "), lines 1–"
                            + (trailerLine - 1) + " as received)"));
        }
        if (count != body.size()) {
            throw new FormatException(new FormatFault(ReasonCode.F003, trailerLine, TRAILER_COUNT.name(),
                    TRAILER_COUNT.position(), "trailer says " + count + " " + spec.bodyTag() + " lines, the file has "
                            + body.size()));
        }
        return new Content<>(header, body);
    }

    static String trailerWithoutMac(String tag, int count) {
        return tag + Ascii.digits(count, 8);
    }
}
