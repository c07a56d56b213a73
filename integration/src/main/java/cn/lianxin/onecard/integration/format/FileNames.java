package cn.lianxin.onecard.integration.format;

import java.nio.charset.StandardCharsets;

/** Shared parsing of the §3 file names: {@code KIND_part_part….DAT}, every fault {@code F001}. */
final class FileNames {

    static final String SUFFIX = ".DAT";

    private FileNames() {
    }

    /** Checks the overall shape of {@code name} and returns a parser over its bytes. */
    static FieldParser parser(String name, String kind, int length) {
        if (name == null) {
            throw fault("file name", 0, "no file name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw fault("file name", i + 1, Ascii.shown(name) + " holds a character that is not printable ASCII");
            }
        }
        if (name.length() != length) {
            throw fault("file name", Math.min(name.length(), length) + 1, "'" + name + "' is " + name.length()
                    + " characters; a " + kind + " file name is " + length);
        }
        if (!name.endsWith(SUFFIX)) {
            throw fault("file name (suffix)", length - 3, "'" + name + "' does not end in " + SUFFIX);
        }
        return new FieldParser(name.getBytes(StandardCharsets.US_ASCII), 0, ReasonCode.F001);
    }

    /** Refuses a name that does not start with {@code kind_}. */
    static void requirePrefix(String name, String kind) {
        if (name == null || !name.startsWith(kind + "_")) {
            throw fault("file name (kind)", 1, Ascii.shown(name) + " does not start with " + kind + "_");
        }
    }

    static void separator(String name, int position) {
        if (name.charAt(position - 1) != '_') {
            throw fault("file name (separator)", position, "'" + name + "' has '" + name.charAt(position - 1)
                    + "' where '_' belongs");
        }
    }

    static FormatException fault(String field, int position, String reason) {
        return new FormatException(new FormatFault(ReasonCode.F001, 0, field, position, reason));
    }
}
