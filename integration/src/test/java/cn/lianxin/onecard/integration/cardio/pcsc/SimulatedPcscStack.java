package cn.lianxin.onecard.integration.cardio.pcsc;

import java.nio.ByteBuffer;
import java.security.Provider;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

import cn.lianxin.onecard.integration.cardio.CardPresenceMonitor;
import cn.lianxin.onecard.integration.cardio.CardTransportException;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;

/**
 * A javax.smartcardio provider whose one terminal is a {@link SimulatedReader}, failing the way
 * the JDK's PC/SC provider does (CardException naming SCARD_W_REMOVED_CARD, SCARD_E_NO_SMARTCARD),
 * so the PC/SC code path runs without pcscd.
 */
final class SimulatedPcscStack {

    private SimulatedPcscStack() {
    }

    static TerminalFactory factory(SimulatedReader reader) throws Exception {
        Provider provider = new Provider("SimulatedPCSC", "1.0", "javax.smartcardio over the simulated reader") {
            private static final long serialVersionUID = 1L;
        };
        provider.put("TerminalFactory.PC/SC", Spi.class.getName());
        return TerminalFactory.getInstance("PC/SC", reader, provider);
    }

    /** The service provider; JCA constructs it with the reader as its parameter. */
    public static final class Spi extends TerminalFactorySpi {
        private final Terminal terminal;

        public Spi(Object reader) {
            this.terminal = new Terminal((SimulatedReader) reader);
        }

        @Override
        protected CardTerminals engineTerminals() {
            return new CardTerminals() {
                @Override
                public List<CardTerminal> list(State state) {
                    return List.of(terminal);
                }

                @Override
                public boolean waitForChange(long timeout) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    static final class Terminal extends CardTerminal {
        private final SimulatedReader reader;
        private final CardPresenceMonitor monitor;

        Terminal(SimulatedReader reader) {
            this.reader = reader;
            this.monitor = reader.presenceMonitor();
        }

        @Override
        public String getName() {
            return reader.readerName();
        }

        @Override
        public Card connect(String protocol) throws CardException {
            if (!reader.isCardPresent()) {
                throw new CardException("connect() failed", new Exception("SCARD_E_NO_SMARTCARD"));
            }
            return new SimCard(reader);
        }

        @Override
        public boolean isCardPresent() {
            return reader.isCardPresent();
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws CardException {
            return await(monitor.whenCardPresent(), timeout);
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws CardException {
            return await(monitor.whenCardAbsent(), timeout);
        }

        private static boolean await(java.util.concurrent.CompletableFuture<?> future, long timeout) throws CardException {
            try {
                if (timeout == 0) {
                    future.get();
                } else {
                    future.get(timeout, TimeUnit.MILLISECONDS);
                }
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("interrupted", e);
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                throw new CardException("SCARD_E_CANCELLED", e);
            }
        }
    }

    static final class SimCard extends Card {
        private final SimulatedReader reader;
        private boolean connected = true;

        SimCard(SimulatedReader reader) {
            this.reader = reader;
        }

        @Override
        public ATR getATR() {
            return new ATR(new byte[] {0x3B, (byte) 0x8F, (byte) 0x80, 0x01});
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            SimCard card = this;
            return new CardChannel() {
                @Override
                public Card getCard() {
                    return card;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                    if (!connected) {
                        throw new IllegalStateException("Card has been disconnected");
                    }
                    try {
                        return new ResponseAPDU(reader.transmit(command.getBytes()));
                    } catch (CardTransportException e) {
                        throw new CardException("sun.security.smartcardio.PCSCException: SCARD_W_REMOVED_CARD");
                    }
                }

                @Override
                public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
                    byte[] bytes = new byte[command.remaining()];
                    command.get(bytes);
                    byte[] answer = transmit(new CommandAPDU(bytes)).getBytes();
                    response.put(answer);
                    return answer.length;
                }

                @Override
                public void close() {
                    throw new IllegalStateException("cannot close the basic channel");
                }
            };
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            connected = false;
        }
    }
}
