package cn.lianxin.onecard.integration.cardio.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bridge against a stand-in for vpcd on a loopback port: the vpcd wire protocol (2-byte
 * big-endian length, 1-byte control commands, APDUs), presenting and removing, tears. The real
 * vpcd inside pcscd is {@code PcscStackIT}'s.
 */
@Timeout(20)
class VpcdCardBridgeTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String ATR = "3B8F8001804F0CA00000030603000100000000006A";

    private final VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");
    private final SimulatedReader reader = new SimulatedReader("Virtual PCD 00 00");
    private final FakeVpcd vpcd = new FakeVpcd();
    private final VpcdCardBridge bridge = new VpcdCardBridge(reader, vpcd.port());

    @AfterEach
    void closeAll() throws IOException {
        bridge.close();
        vpcd.close();
    }

    @Test
    void shouldAnswerTheAtrOfAContactlessMifareClassic1kWithAValidCheckByte() {
        byte[] atr = VpcdCardBridge.atr();

        assertThat(HEX.formatHex(atr)).isEqualTo(ATR);
        byte tck = 0;
        for (int i = 1; i < atr.length; i++) {
            tck ^= atr[i];
        }
        assertThat(tck).as("XOR of T0 up to and including TCK").isZero();
        assertThat(atr[1] & 0x0F).as("historical bytes").isEqualTo(15);
        assertThat(HEX.formatHex(atr, 7, 12)).as("RID of the PC/SC workgroup").isEqualTo("A000000306");
        assertThat(HEX.formatHex(atr, 12, 15)).as("ISO 14443 A-3, MIFARE Classic 1K").isEqualTo("030001");
    }

    @Test
    void shouldSpeakVpcdsProtocolAndAnswerApdusThroughTheSimulatedReader() throws IOException {
        bridge.present(card);
        vpcd.accept();

        vpcd.send("01"); // power on: no answer
        vpcd.send("04");
        assertThat(vpcd.receive()).isEqualTo(ATR);
        vpcd.send("FFCA000000");
        assertThat(vpcd.receive()).isEqualTo("A1B2C3D49000");
        vpcd.send("FF82000006FFFFFFFFFFFF");
        assertThat(vpcd.receive()).isEqualTo("9000");
        vpcd.send("FF860000050100006000");
        assertThat(vpcd.receive()).isEqualTo("9000");
        vpcd.send("FFB0000010");
        assertThat(vpcd.receive()).isEqualTo("A1B2C3D4040804006263646566676869" + "9000");
        vpcd.send("FFB0000004");
        assertThat(vpcd.receive()).isEqualTo("6700");
        assertThat(bridge.isPresented()).isTrue();
    }

    @Test
    void shouldDropTheAuthenticationWhenVpcdResetsOrPowersTheCardOff() throws IOException {
        bridge.present(card);
        vpcd.accept();
        authenticateSector0();

        vpcd.send("02"); // reset
        vpcd.send("FFB0000010");
        assertThat(vpcd.receive()).isEqualTo("6300");

        authenticateSector0();
        vpcd.send("00"); // power off
        vpcd.send("01"); // power on
        vpcd.send("FFB0000010");
        assertThat(vpcd.receive()).isEqualTo("6300");
    }

    @Test
    void shouldCloseTheConnectionWhenTheCardIsRemovedAndConnectAgainWhenPresented() throws IOException {
        bridge.present(card);
        vpcd.accept();

        assertThat(bridge.remove()).containsSame(card);

        assertThat(vpcd.atEndOfStream()).isTrue();
        assertThat(bridge.isPresented()).isFalse();
        assertThat(reader.isCardPresent()).isFalse();

        bridge.present(card);
        vpcd.accept();
        vpcd.send("FFCA000000");
        assertThat(vpcd.receive()).isEqualTo("A1B2C3D49000");
    }

    @Test
    void shouldLeaveVpcdWhenTheCardIsTakenOffTheSimulatedReader() throws IOException {
        bridge.present(card);
        vpcd.accept();

        reader.takeCard();
        vpcd.send("04"); // vpcd's presence poll

        assertThat(vpcd.atEndOfStream()).isTrue();
        assertThat(bridge.isPresented()).isFalse();
    }

    @Test
    void shouldExecuteACommandTornDuringItWithoutAnsweringIt() throws IOException {
        bridge.present(card);
        vpcd.accept();
        authenticateSector0();

        reader.tearDuring(1);
        vpcd.send("FFD6000110" + "00112233445566778899AABBCCDDEEFF");

        assertThat(vpcd.atEndOfStream()).isTrue();
        assertThat(HEX.formatHex(card.rawBlock(1))).isEqualTo("00112233445566778899AABBCCDDEEFF");
        assertThat(reader.isCardPresent()).isFalse();
    }

    @Test
    void shouldAnswerTheLastCommandBeforeATearAfterIt() throws IOException {
        bridge.present(card);
        vpcd.accept();

        reader.tearAfter(1);
        vpcd.send("FFCA000000");

        assertThat(vpcd.receive()).isEqualTo("A1B2C3D49000");
        assertThat(vpcd.atEndOfStream()).isTrue();
    }

    @Test
    void shouldConnectOnlyToLoopback() throws IOException {
        assertThatThrownBy(() -> new VpcdCardBridge(reader, new InetSocketAddress(
                InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), VpcdCardBridge.DEFAULT_PORT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only to a loopback address");
        assertThatThrownBy(() -> new VpcdCardBridge(reader,
                InetSocketAddress.createUnresolved("vpcd.example", VpcdCardBridge.DEFAULT_PORT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(bridge.vpcdAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(VpcdCardBridge.DEFAULT_PORT).isEqualTo(35963);
    }

    @Test
    void shouldSayWhatIsMissingWhenVpcdDoesNotListenAndKeepTheCardOffTheReader() throws IOException {
        int unused;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = probe.getLocalPort();
        }
        VpcdCardBridge nowhere = new VpcdCardBridge(reader, unused);

        assertThatThrownBy(() -> nowhere.present(card))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot present card A1B2C3D4 to vpcd at")
                .hasMessageContaining("is pcscd running with vsmartcard-vpcd installed?");
        assertThat(reader.isCardPresent()).isFalse();
        assertThat(nowhere.isPresented()).isFalse();
    }

    @Test
    void shouldRefuseASecondCardAndAnyCardOnceClosed() throws IOException {
        bridge.present(card);
        vpcd.accept();

        assertThatThrownBy(() -> bridge.present(VirtualMifareClassic1k.factoryFresh("0F1E2D3C")))
                .isInstanceOf(IllegalStateException.class);

        bridge.close();
        assertThat(vpcd.atEndOfStream()).isTrue();
        assertThatThrownBy(() -> bridge.present(card)).hasMessageContaining("closed");
    }

    private void authenticateSector0() throws IOException {
        vpcd.send("FF82000006FFFFFFFFFFFF");
        assertThat(vpcd.receive()).isEqualTo("9000");
        vpcd.send("FF860000050100006000");
        assertThat(vpcd.receive()).isEqualTo("9000");
    }

    /** The server side of vpcd's protocol on a loopback port, one client at a time. */
    private static final class FakeVpcd implements AutoCloseable {
        private final ServerSocket server;
        private Socket client;
        private DataInputStream in;

        FakeVpcd() {
            try {
                server = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
                server.setSoTimeout(5_000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int port() {
            return server.getLocalPort();
        }

        void accept() throws IOException {
            if (client != null) {
                client.close();
            }
            client = server.accept();
            client.setSoTimeout(5_000);
            in = new DataInputStream(client.getInputStream());
        }

        void send(String hex) throws IOException {
            byte[] payload = HEX.parseHex(hex);
            byte[] frame = new byte[payload.length + 2];
            frame[0] = (byte) (payload.length >>> 8);
            frame[1] = (byte) payload.length;
            System.arraycopy(payload, 0, frame, 2, payload.length);
            client.getOutputStream().write(frame);
            client.getOutputStream().flush();
        }

        String receive() throws IOException {
            byte[] payload = new byte[in.readUnsignedShort()];
            in.readFully(payload);
            return HEX.formatHex(payload);
        }

        /** Whether the bridge closed the connection (read blocks until it does or times out). */
        boolean atEndOfStream() throws IOException {
            try {
                return in.read() == -1;
            } catch (EOFException e) {
                return true;
            }
        }

        @Override
        public void close() throws IOException {
            if (client != null) {
                client.close();
            }
            server.close();
        }
    }
}
