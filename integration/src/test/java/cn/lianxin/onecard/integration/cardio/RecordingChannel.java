package cn.lianxin.onecard.integration.cardio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/** A channel that records what the adapter sends and answers with queued responses. */
final class RecordingChannel implements ApduChannel {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    final List<String> sent = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    RecordingChannel answer(String hex) {
        answers.add(HEX.parseHex(hex));
        return this;
    }

    RecordingChannel fail(CardTransportException e) {
        answers.add(e);
        return this;
    }

    @Override
    public byte[] transmit(byte[] commandApdu) {
        sent.add(HEX.formatHex(commandApdu));
        Object answer = answers.isEmpty() ? HEX.parseHex("9000") : answers.poll();
        if (answer instanceof CardTransportException e) {
            throw e;
        }
        return (byte[]) answer;
    }

    @Override
    public String readerName() {
        return "recording reader";
    }
}
