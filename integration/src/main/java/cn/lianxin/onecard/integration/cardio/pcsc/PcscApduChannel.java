package cn.lianxin.onecard.integration.cardio.pcsc;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;

import cn.lianxin.onecard.integration.cardio.ApduChannel;
import cn.lianxin.onecard.integration.cardio.CardTransportException;

/**
 * An {@link ApduChannel} over a {@code javax.smartcardio.CardChannel}. A PC/SC failure becomes a
 * {@link CardTransportException}, marked card-absent when PC/SC says the card was removed or is
 * not there ({@code SCARD_W_REMOVED_CARD}, {@code SCARD_E_NO_SMARTCARD}) or the card handle was
 * already disconnected.
 *
 * <p>The response is returned exactly as the reader gave it, even when it is shorter than a status
 * word (vpcd answers a command whose card left mid-command with zero bytes and success), so that
 * {@link cn.lianxin.onecard.integration.cardio.CardReaderAdapter} reports it with its command and
 * block; {@code CardChannel.transmit(CommandAPDU)} would throw an {@code IllegalArgumentException}
 * from {@code ResponseAPDU} instead.
 */
public final class PcscApduChannel implements ApduChannel {

    /** The longest response APDU: 65 536 data bytes and the status word. */
    private static final int MAX_RESPONSE_BYTES = 65_536 + 2;

    private final CardChannel channel;
    private final String readerName;

    /** A channel over {@code channel} of the reader named {@code readerName}. */
    public PcscApduChannel(CardChannel channel, String readerName) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.readerName = Objects.requireNonNull(readerName, "readerName");
    }

    @Override
    public byte[] transmit(byte[] commandApdu) {
        // Validates the command's structure (Lc, Le) as CommandAPDU does; an invalid one is a bug.
        byte[] command = new CommandAPDU(commandApdu).getBytes();
        ByteBuffer response = ByteBuffer.allocate(MAX_RESPONSE_BYTES);
        try {
            int length = channel.transmit(ByteBuffer.wrap(command), response);
            return Arrays.copyOf(response.array(), length);
        } catch (CardException e) {
            String reason = pcscReason(e);
            throw new CardTransportException("reader " + readerName + ": " + reason, isCardAbsent(reason), e);
        } catch (IllegalStateException e) {
            // javax.smartcardio throws this once the card has been disconnected or the channel closed.
            throw new CardTransportException("reader " + readerName + ": card connection closed", true, e);
        } finally {
            Arrays.fill(command, (byte) 0); // a load-key command carries a key
        }
    }

    @Override
    public String readerName() {
        return readerName;
    }

    /** The PC/SC error name (for example {@code SCARD_W_REMOVED_CARD}) from the exception chain, or its message. */
    static String pcscReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("SCARD_")) {
                int start = message.indexOf("SCARD_");
                int end = start;
                while (end < message.length()
                        && (Character.isUpperCase(message.charAt(end)) || message.charAt(end) == '_')) {
                    end++;
                }
                return message.substring(start, end);
            }
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean isCardAbsent(String reason) {
        return reason.equals("SCARD_W_REMOVED_CARD") || reason.equals("SCARD_E_NO_SMARTCARD");
    }
}
