package cn.lianxin.onecard.integration.cardio.pcsc;

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
 */
public final class PcscApduChannel implements ApduChannel {

    private final CardChannel channel;
    private final String readerName;

    /** A channel over {@code channel} of the reader named {@code readerName}. */
    public PcscApduChannel(CardChannel channel, String readerName) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.readerName = Objects.requireNonNull(readerName, "readerName");
    }

    @Override
    public byte[] transmit(byte[] commandApdu) {
        try {
            return channel.transmit(new CommandAPDU(commandApdu)).getBytes();
        } catch (CardException e) {
            String reason = pcscReason(e);
            throw new CardTransportException("reader " + readerName + ": " + reason, isCardAbsent(reason), e);
        } catch (IllegalStateException e) {
            // javax.smartcardio throws this once the card has been disconnected or the channel closed.
            throw new CardTransportException("reader " + readerName + ": card connection closed", true, e);
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
