package cn.lianxin.onecard.integration.cardio.sim;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import jdk.net.ExtendedSocketOptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lianxin.onecard.integration.cardio.CardTransportException;

/**
 * Puts the card of a {@link SimulatedReader} on a real PC/SC reader: the virtual reader of
 * vsmartcard's {@code vpcd} driver inside {@code pcscd}. Then any PC/SC client — javax.smartcardio
 * with {@code pcsc.PcscReaders}, {@code pcsc_scan}, {@code opensc-tool} — sees a contactless
 * MIFARE Classic 1K on reader "Virtual PCD 00 00", and the pseudo-APDUs it sends are answered by
 * the simulated reader exactly as in the in-memory tests.
 *
 * <p>vpcd listens on a TCP port per virtual reader (Debian's {@code /etc/reader.conf.d/vpcd}:
 * {@code CHANNELID 0x8C7B}, so {@value #DEFAULT_PORT} for "Virtual PCD 00 00" and the next port
 * for "Virtual PCD 00 01"); the bridge connects to it as a client, and only ever on the loopback
 * interface. Every message either way is a 2-byte big-endian length and that many bytes. From
 * vpcd, a 1-byte message is a control command — {@code 00} power off, {@code 01} power on,
 * {@code 02} reset (none answered; each drops the card's authentication, as cycling the RF field
 * does), {@code 04} get ATR (answered with {@link #atr()}) — and anything longer is a command
 * APDU, answered with the simulated reader's response APDU.
 *
 * <p>Presenting the card ({@link #present}) is connecting; vpcd accepts the connection on its next
 * presence poll and pcscd reports the card. Removing it ({@link #remove}) is closing the socket.
 * A card that leaves the simulated reader in any other way — {@link SimulatedReader#takeCard()},
 * {@link SimulatedReader#tearAfter(int)} (the answer is sent, then the socket closes),
 * {@link SimulatedReader#tearDuring(int)} (the command is executed, no answer, the socket closes)
 * — leaves the PC/SC reader too.
 *
 * <p>Command and response bytes are never logged: a load-key APDU carries a key. One daemon
 * thread per connection serves vpcd. Thread-safe.
 */
public final class VpcdCardBridge implements AutoCloseable {

    /** vpcd's port for reader "Virtual PCD 00 00" ({@code CHANNELID 0x8C7B} in Debian's reader.conf.d). */
    public static final int DEFAULT_PORT = 0x8C7B;

    /** The PC/SC name of the reader on {@link #DEFAULT_PORT}. */
    public static final String DEFAULT_READER_NAME = "Virtual PCD 00 00";

    /**
     * The ATR a PC/SC Part 3 contactless reader builds for a MIFARE Classic 1K:
     * {@code 3B} (direct convention), {@code 8F} (TD1 follows, 15 historical bytes), {@code 80}
     * (TD2 follows, T=0), {@code 01} (T=1); historical bytes {@code 80} (category), {@code 4F}
     * {@code 0C} (application identifier, 12 bytes): RID {@code A0 00 00 03 06} (PC/SC
     * workgroup), standard {@code 03} (ISO/IEC 14443 A part 3), card name {@code 00 01} (MIFARE
     * Classic 1K), RFU {@code 00 00 00 00}; TCK {@code 6A} (XOR of T0 … last historical byte).
     */
    private static final byte[] ATR = HexFormat.of().parseHex("3B8F8001804F0CA0000003060300010000000000" + "6A");

    private static final int CTRL_POWER_OFF = 0x00;
    private static final int CTRL_POWER_ON = 0x01;
    private static final int CTRL_RESET = 0x02;
    private static final int CTRL_GET_ATR = 0x04;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final InetAddress IPV4_LOOPBACK = ipv4Loopback();
    private static final boolean QUICK_ACK_SUPPORTED = quickAckSupported();

    private static final Logger log = LoggerFactory.getLogger(VpcdCardBridge.class);

    private final SimulatedReader reader;
    private final InetSocketAddress vpcd;
    private Socket socket;
    private boolean closed;

    /**
     * A bridge from {@code reader} to vpcd on {@code 127.0.0.1:port} (IPv4: vpcd listens on IPv4
     * only); nothing is connected yet.
     */
    public VpcdCardBridge(SimulatedReader reader, int port) {
        this(reader, new InetSocketAddress(IPV4_LOOPBACK, port));
    }

    /**
     * A bridge from {@code reader} to vpcd at {@code vpcd}, which must be a loopback address: a
     * vpcd port takes any card that connects, and this one is a test card.
     *
     * @throws IllegalArgumentException when {@code vpcd} is not a resolved loopback address
     */
    public VpcdCardBridge(SimulatedReader reader, InetSocketAddress vpcd) {
        this.reader = Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(vpcd, "vpcd");
        if (vpcd.isUnresolved() || !vpcd.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the vpcd bridge connects only to a loopback address, not " + vpcd);
        }
        this.vpcd = vpcd;
    }

    /**
     * A copy of the ATR the card answers with: PC/SC Part 3's for a contactless MIFARE Classic 1K,
     * {@code 3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A}.
     */
    public static byte[] atr() {
        return ATR.clone();
    }

    /** The simulated reader whose card this bridge presents. */
    public SimulatedReader reader() {
        return reader;
    }

    /** Where vpcd is expected. */
    public InetSocketAddress vpcdAddress() {
        return vpcd;
    }

    /**
     * Puts {@code card} on the simulated reader and presents it to vpcd (connects). pcscd reports
     * it on vpcd's next presence poll; wait for that with PC/SC ({@code waitForCardPresent}).
     *
     * @throws IllegalStateException when the simulated reader already holds a card or the bridge is closed
     * @throws UncheckedIOException when vpcd does not accept the connection (pcscd not running,
     *     vpcd not installed, another port); the card is taken off the simulated reader again
     */
    public void present(VirtualMifareClassic1k card) {
        Objects.requireNonNull(card, "card");
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the vpcd bridge to " + vpcd + " is closed");
            }
            if (socket != null) {
                throw new IllegalStateException("a card is already presented to vpcd at " + vpcd);
            }
            reader.putCard(card);
            Socket connected = new Socket();
            try {
                connected.setTcpNoDelay(true);
                connected.connect(vpcd, (int) CONNECT_TIMEOUT.toMillis());
            } catch (IOException e) {
                closeQuietly(connected);
                reader.takeCard();
                throw new UncheckedIOException("cannot present card " + card.uid() + " to vpcd at " + vpcd
                        + " (is pcscd running with vsmartcard-vpcd installed?): " + e.getMessage(), e);
            }
            socket = connected;
            Thread server = new Thread(() -> serve(connected), "vpcd-bridge-" + vpcd.getPort());
            server.setDaemon(true);
            server.start();
        }
        log.info("card {} presented to vpcd at {}", card.uid(), vpcd);
    }

    /**
     * Removes the card: closes the connection to vpcd (pcscd reports the card removed on its next
     * presence poll) and takes the card off the simulated reader. Does nothing if no card is there.
     *
     * @return the card that was removed
     */
    public Optional<VirtualMifareClassic1k> remove() {
        disconnect("removed");
        return reader.takeCard();
    }

    /** Whether the card is presented to vpcd (the connection is open). */
    public synchronized boolean isPresented() {
        return socket != null;
    }

    /** Removes the card, if any; the bridge cannot present cards afterwards. */
    @Override
    public void close() {
        remove();
        synchronized (this) {
            closed = true;
        }
    }

    private void serve(Socket connection) {
        try {
            DataInputStream in = new DataInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            while (true) {
                quickAck(connection);
                int length = in.readUnsignedShort();
                byte[] message = new byte[length];
                quickAck(connection);
                in.readFully(message);
                if (!answer(message, out)) {
                    log.info("card left the simulated reader; connection to vpcd at {} closed", vpcd);
                    break;
                }
            }
        } catch (EOFException | SocketException e) {
            log.debug("vpcd at {}: connection ended ({})", vpcd, e.getMessage());
        } catch (IOException e) {
            log.warn("vpcd at {}: connection failed ({})", vpcd, e.getMessage());
        } finally {
            synchronized (this) {
                if (socket == connection) {
                    socket = null;
                }
            }
            closeQuietly(connection);
        }
    }

    /**
     * Acknowledges what arrives at once. vpcd sends a message's length and its payload in two
     * writes; with Nagle's algorithm on vpcd's side and a delayed acknowledgement on ours, every
     * command would wait about 40 ms for the payload. Linux resets quick-ack mode on its own, so it
     * is set again before every read; where the option does not exist the bridge is just slower.
     */
    private static void quickAck(Socket connection) throws IOException {
        if (QUICK_ACK_SUPPORTED) {
            connection.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        }
    }

    /** Handles one message from vpcd; false when the card has left and the connection must close. */
    private boolean answer(byte[] message, OutputStream out) throws IOException {
        if (message.length == 1) {
            int control = message[0] & 0xFF;
            switch (control) {
                case CTRL_POWER_OFF, CTRL_POWER_ON, CTRL_RESET -> {
                    Optional<VirtualMifareClassic1k> card = reader.card();
                    card.ifPresent(VirtualMifareClassic1k::fieldReset);
                    return card.isPresent();
                }
                case CTRL_GET_ATR -> {
                    if (!reader.isCardPresent()) {
                        return false;
                    }
                    send(out, ATR);
                    return true;
                }
                default -> {
                    log.debug("vpcd at {}: ignoring unknown control byte {}", vpcd, control);
                    return reader.isCardPresent();
                }
            }
        }
        byte[] response;
        try {
            response = reader.transmit(message);
        } catch (CardTransportException e) {
            // No card (taken away, or torn while executing the command): vpcd gets no answer.
            return false;
        }
        send(out, response);
        return reader.isCardPresent();
    }

    private static void send(OutputStream out, byte[] payload) throws IOException {
        byte[] frame = new byte[2 + payload.length];
        frame[0] = (byte) (payload.length >>> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }

    private void disconnect(String why) {
        Socket open;
        synchronized (this) {
            open = socket;
            socket = null;
        }
        if (open != null) {
            closeQuietly(open);
            log.info("card {} from vpcd at {}", why, vpcd);
        }
    }

    private static boolean quickAckSupported() {
        try (Socket probe = new Socket()) {
            return probe.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** For example {@code VpcdCardBridge[127.0.0.1:35963, presented]}. */
    @Override
    public synchronized String toString() {
        return "VpcdCardBridge[" + vpcd.getAddress().getHostAddress() + ":" + vpcd.getPort() + ", "
                + (socket != null ? "presented" : "not presented") + "]";
    }
}
