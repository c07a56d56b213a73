package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;

import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes and reads terminal parameter files (docs/formats.md, "Terminal parameter file"):
 * {@code PAH1} header (54 characters), one {@code PAD1} line (40) per terminal, {@code PAT1}
 * trailer (20) with the terminal count and {@code mac4(K_upload(community), every byte before
 * it)}. Lines end in LF.
 */
public final class ParameterFileCodec {

    static final Field H_TAG = new Field("record tag", 1, 4);
    static final Field H_CENTRE = new Field("property centre id", 5, 8);
    static final Field H_COMMUNITY = new Field("community id", 13, 8);
    static final Field H_VERSION = new Field("version", 21, 10);
    static final Field H_CREATED = new Field("created at", 31, 14);
    static final Field H_BLACKLIST = new Field("blacklist version", 45, 10);
    static final Field D_TAG = new Field("record tag", 1, 4);
    static final Field D_TERMINAL = new Field("terminal id", 5, 8);
    static final Field D_KIND = new Field("terminal kind", 13, 2);
    static final Field D_PSAM = new Field("PSAM id", 15, 12);
    static final Field D_CUT_OFF = new Field("business-day cut-off", 27, 4);
    static final Field D_MAX = new Field("max transaction amount (fen)", 31, 10);
    static final int HEADER_LENGTH = 54;
    static final int DETAIL_LENGTH = 40;

    static {
        Field.checkLayout("PARM header", HEADER_LENGTH, H_TAG, H_CENTRE, H_COMMUNITY, H_VERSION, H_CREATED, H_BLACKLIST);
        Field.checkLayout("PARM detail", DETAIL_LENGTH, D_TAG, D_TERMINAL, D_KIND, D_PSAM, D_CUT_OFF, D_MAX);
    }

    private ParameterFileCodec() {
    }

    /** Writes {@code file} to {@code out} (not closed), signed with {@code K_upload} of its community. */
    public static void write(ParameterFile file, KeySystem keys, OutputStream out) throws IOException {
        Ascii.requireNonNull("file", file);
        MacLineWriter lines = new MacLineWriter(out, keys.uploadKey(file.communityId()));
        lines.line("PAH1" + file.centreId() + file.communityId() + Ascii.digits(file.version(), 10)
                + Ascii.dateTime(file.createdAt()) + Ascii.digits(file.blacklistVersion(), 10));
        for (TerminalParameters t : file.terminals()) {
            lines.line("PAD1" + t.terminalId() + t.kind().code() + (t.psamId() == null ? TerminalParameters.NO_PSAM
                    : t.psamId()) + Ascii.HOUR_MINUTE.format(t.businessDayCutOff())
                    + Ascii.digits(t.maxTransactionFen(), 10));
        }
        lines.macLine(CountedFileReader.trailerWithoutMac("PAT1", file.terminals().size()));
    }

    /** {@code file} as the bytes of its file. */
    public static byte[] toBytes(ParameterFile file, KeySystem keys) {
        return InMemory.bytes(out -> write(file, keys, out));
    }

    /**
     * Reads a terminal parameter file (LF or CRLF), verifying its MAC and line count.
     *
     * @throws FormatException at the first fault: {@code F001} structure or a field,
     *                         {@code F002} MAC, {@code F003} count
     */
    public static ParameterFile read(InputStream in, KeySystem keys) throws IOException {
        CountedFileReader.Content<Header, TerminalParameters> content = CountedFileReader.read(in, keys, SPEC);
        Header h = content.header();
        return new ParameterFile(h.centreId, h.communityId, h.version, h.createdAt, h.blacklistVersion, content.body());
    }

    private record Header(String centreId, String communityId, long version, LocalDateTime createdAt,
            long blacklistVersion) {
    }

    private static final CountedFileReader.Spec<Header, TerminalParameters> SPEC = new CountedFileReader.Spec<>() {
        @Override
        public Header parseHeader(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireTag(line, lineNumber, "PAH1", "parameter file header");
            FieldParser.requireLength(line, lineNumber, "the PAH1 header", HEADER_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            return new Header(p.digits(H_CENTRE), p.digits(H_COMMUNITY),
                    p.number(H_VERSION, 1, BlacklistFile.MAX_VERSION), p.dateTime(H_CREATED), p.number(H_BLACKLIST));
        }

        @Override
        public String communityOf(Header header) {
            return header.communityId;
        }

        @Override
        public String bodyTag() {
            return "PAD1";
        }

        @Override
        public String bodyName() {
            return "terminal line";
        }

        @Override
        public TerminalParameters parseBody(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireLength(line, lineNumber, "a PAD1 line", DETAIL_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            String terminal = p.digits(D_TERMINAL);
            String kindCode = p.digits(D_KIND);
            TerminalParameters.Kind kind = TerminalParameters.Kind.ofCode(kindCode)
                    .orElseThrow(() -> p.fault(D_KIND, "'" + kindCode + "' is not a terminal kind (01, 02)"));
            String psam = p.upperHex(D_PSAM);
            boolean fee = kind == TerminalParameters.Kind.FEE_TERMINAL;
            if (fee == psam.equals(TerminalParameters.NO_PSAM)) {
                throw p.fault(D_PSAM, fee ? "a fee terminal has a PSAM id" : "a door controller has no PSAM (twelve zeros)");
            }
            var cutOff = p.hourMinute(D_CUT_OFF);
            long max = fee ? p.number(D_MAX, 1, Ascii.maxOfWidth(10)) : p.number(D_MAX, 0, 0);
            return new TerminalParameters(terminal, kind, fee ? psam : null, cutOff, max);
        }

        @Override
        public String trailerTag() {
            return "PAT1";
        }

        @Override
        public String trailerName() {
            return "the PAT1 trailer";
        }
    };
}
