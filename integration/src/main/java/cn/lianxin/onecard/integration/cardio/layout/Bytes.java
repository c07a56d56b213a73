package cn.lianxin.onecard.integration.cardio.layout;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** Big-endian integers and the card's 4-byte time. */
final class Bytes {

    /** Times on the card and in interfaces.md are Asia/Shanghai local times. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Bytes() {
    }

    static void putUnsigned(byte[] target, int offset, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            target[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    static long getUnsigned(byte[] source, int offset, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | (source[offset + i] & 0xFF);
        }
        return value;
    }

    static void putInt(byte[] target, int offset, int value) {
        putUnsigned(target, offset, value & 0xFFFFFFFFL, 4);
    }

    static int getInt(byte[] source, int offset) {
        return (int) getUnsigned(source, offset, 4);
    }

    /**
     * A time as 4 bytes: unsigned big-endian seconds since 1970-01-01T00:00:00Z (covers
     * 1970–2106), the local time being Asia/Shanghai.
     */
    static void putTime(byte[] target, int offset, LocalDateTime time, String field) {
        long seconds = time.atZone(ZONE).toEpochSecond();
        if (seconds < 0 || seconds > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(field + " must lie between 1970 and 2106, was " + time);
        }
        putUnsigned(target, offset, seconds, 4);
    }

    static LocalDateTime getTime(byte[] source, int offset) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(getUnsigned(source, offset, 4)), ZONE);
    }

    /** {@code time} without fractions of a second, as the card keeps it. */
    static LocalDateTime toCardPrecision(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }

    static void requireBlock(byte[] block, String name) {
        if (block == null || block.length != 16) {
            throw new IllegalArgumentException(name + " must be 16 bytes");
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    static byte[] uidBytes(String uid) {
        if (uid == null || !uid.matches("[0-9A-F]{8}")) {
            throw new IllegalArgumentException("uid must be 8 upper-case hex digits, was \"" + uid + "\"");
        }
        return HEX.parseHex(uid);
    }
}
