package cn.lianxin.onecard.integration.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;

import cn.lianxin.onecard.integration.keys.KeySystem;

/**
 * Writes and reads blacklists (interfaces.md §3.3): {@code BLH1} header (46 characters), one
 * {@code BLE1} line (33) per entry, {@code BLT1} trailer (20) with the entry count and
 * {@code mac4(K_upload(community), every byte before it)}. Lines end in LF.
 */
public final class BlacklistCodec {

    static final Field H_TAG = new Field("record tag", 1, 4);
    static final Field H_COMMUNITY = new Field("community id", 5, 8);
    static final Field H_VERSION = new Field("version", 13, 10);
    static final Field H_BASE = new Field("base version", 23, 10);
    static final Field H_CREATED = new Field("created at", 33, 14);
    static final Field E_TAG = new Field("record tag", 1, 4);
    static final Field E_OPERATION = new Field("operation", 5, 1);
    static final Field E_CARD = new Field("card number", 6, 16);
    static final Field E_UID = new Field("card UID", 22, 8);
    static final Field E_REASON = new Field("reason", 30, 2);
    static final Field E_PROMPT = new Field("door prompt", 32, 2);
    static final int HEADER_LENGTH = 46;
    static final int ENTRY_LENGTH = 33;

    static {
        Field.checkLayout("BLK header", HEADER_LENGTH, H_TAG, H_COMMUNITY, H_VERSION, H_BASE, H_CREATED);
        Field.checkLayout("BLK entry", ENTRY_LENGTH, E_TAG, E_OPERATION, E_CARD, E_UID, E_REASON, E_PROMPT);
    }

    private BlacklistCodec() {
    }

    /** Writes {@code blacklist} to {@code out} (not closed), signed with {@code K_upload} of its community. */
    public static void write(BlacklistFile blacklist, KeySystem keys, OutputStream out) throws IOException {
        Ascii.requireNonNull("blacklist", blacklist);
        MacLineWriter lines = new MacLineWriter(out, keys.uploadKey(blacklist.communityId()));
        lines.line("BLH1" + blacklist.communityId() + Ascii.digits(blacklist.version(), 10)
                + Ascii.digits(blacklist.baseVersion(), 10) + Ascii.dateTime(blacklist.createdAt()));
        for (BlacklistEntry e : blacklist.entries()) {
            lines.line("BLE1" + e.operation().code() + e.cardNumber() + e.uid() + e.reason().code()
                    + e.doorPrompt().code());
        }
        lines.macLine(CountedFileReader.trailerWithoutMac("BLT1", blacklist.entries().size()));
    }

    /** {@code blacklist} as the bytes of its file. */
    public static byte[] toBytes(BlacklistFile blacklist, KeySystem keys) {
        return InMemory.bytes(out -> write(blacklist, keys, out));
    }

    /**
     * Reads a blacklist (LF or CRLF), verifying its MAC and entry count.
     *
     * @throws FormatException at the first fault: {@code F001} structure, {@code F002} MAC,
     *                         {@code F003} count
     */
    public static BlacklistFile read(InputStream in, KeySystem keys) throws IOException {
        CountedFileReader.Content<Header, BlacklistEntry> content = CountedFileReader.read(in, keys, SPEC);
        Header h = content.header();
        List<BlacklistEntry> entries = content.body();
        if (h.baseVersion == 0) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).operation() != BlacklistOperation.ADD) {
                    throw new FormatException(new FormatFault(ReasonCode.F001, i + 2L, E_OPERATION.name(),
                            E_OPERATION.position(), "a full list (base version 0) only adds"));
                }
            }
        }
        return new BlacklistFile(h.communityId, h.version, h.baseVersion, h.createdAt, entries);
    }

    private record Header(String communityId, long version, long baseVersion, LocalDateTime createdAt) {
    }

    private static final CountedFileReader.Spec<Header, BlacklistEntry> SPEC = new CountedFileReader.Spec<>() {
        @Override
        public Header parseHeader(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireTag(line, lineNumber, "BLH1", "blacklist header");
            FieldParser.requireLength(line, lineNumber, "the BLH1 header", HEADER_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            String community = p.digits(H_COMMUNITY);
            long version = p.number(H_VERSION, 1, BlacklistFile.MAX_VERSION);
            long base = p.number(H_BASE, 0, version - 1);
            return new Header(community, version, base, p.dateTime(H_CREATED));
        }

        @Override
        public String communityOf(Header header) {
            return header.communityId;
        }

        @Override
        public String bodyTag() {
            return "BLE1";
        }

        @Override
        public String bodyName() {
            return "blacklist entry";
        }

        @Override
        public BlacklistEntry parseBody(LineInput.RawLine line, long lineNumber) {
            FieldParser.requireLength(line, lineNumber, "a BLE1 entry", ENTRY_LENGTH);
            FieldParser p = new FieldParser(line.content(), lineNumber, ReasonCode.F001);
            String op = p.printableText(E_OPERATION);
            BlacklistOperation operation = BlacklistOperation.ofCode(op.charAt(0))
                    .orElseThrow(() -> p.fault(E_OPERATION, "'" + op + "' is not A or D"));
            String card = p.digits(E_CARD);
            String uid = p.upperHex(E_UID);
            String reasonCode = p.digits(E_REASON);
            BlacklistReason reason = BlacklistReason.ofCode(reasonCode)
                    .orElseThrow(() -> p.fault(E_REASON, "'" + reasonCode + "' is not a blacklist reason (01..04)"));
            String promptCode = p.digits(E_PROMPT);
            DoorPrompt prompt = DoorPrompt.ofCode(promptCode)
                    .orElseThrow(() -> p.fault(E_PROMPT, "'" + promptCode + "' is not a door prompt (00..02)"));
            return new BlacklistEntry(operation, card, uid, reason, prompt);
        }

        @Override
        public String trailerTag() {
            return "BLT1";
        }

        @Override
        public String trailerName() {
            return "the BLT1 trailer";
        }
    };
}
