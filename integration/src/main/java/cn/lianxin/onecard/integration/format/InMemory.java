package cn.lianxin.onecard.integration.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Runs a stream writer into memory: the {@code toBytes} of every codec. */
final class InMemory {

    /** Something that writes to a stream. */
    interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private InMemory() {
    }

    static byte[] bytes(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writing.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return bytes.toByteArray();
    }
}
