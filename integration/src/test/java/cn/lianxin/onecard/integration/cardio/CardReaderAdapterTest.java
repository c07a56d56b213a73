package cn.lianxin.onecard.integration.cardio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.keys.KeySlot;

/** The adapter sends the card-layout.md APDUs byte for byte and reports failures in words. */
class CardReaderAdapterTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] KEY = HEX.parseHex("4C734A01190B");

    private final RecordingChannel channel = new RecordingChannel();
    private final CardReaderAdapter adapter = new CardReaderAdapter(channel);

    @Test
    void shouldSendGetUidAndReturnTheUidInUpperCaseHex() {
        channel.answer("A1B2C3D49000");

        assertThat(adapter.readUid()).isEqualTo("A1B2C3D4");
        assertThat(channel.sent).containsExactly("FFCA000000");
    }

    @Test
    void shouldLoadKeyAIntoSlot0AndAuthenticateWithIt() {
        adapter.authenticate(24, KeySlot.A, KEY);

        assertThat(channel.sent).containsExactly("FF82000006" + "4C734A01190B", "FF860000050100186000");
    }

    @Test
    void shouldLoadKeyBIntoSlot1AndAuthenticateWithIt() {
        adapter.authenticate(9, KeySlot.B, KEY);

        assertThat(channel.sent).containsExactly("FF82000106" + "4C734A01190B", "FF860000050100096101");
    }

    @Test
    void shouldSendReadWriteAndValueCommandsByteForByte() {
        channel.answer("000102030405060708090A0B0C0D0E0F9000");
        assertThat(HEX.formatHex(adapter.readBlock(10))).isEqualTo("000102030405060708090A0B0C0D0E0F");

        adapter.writeBlock(10, HEX.parseHex("00000C67F2C4B0320301010000000000"));
        adapter.storeValue(8, 15600);
        adapter.increment(8, 0x01020304);
        adapter.decrement(8, 500);
        channel.answer("00003CF09000");
        assertThat(adapter.readValue(8)).isEqualTo(15600);
        adapter.restore(8, 9);

        assertThat(channel.sent).containsExactly(
                "FFB0000A10",
                "FFD6000A10" + "00000C67F2C4B0320301010000000000",
                "FFD7000805" + "00" + "00003CF0",
                "FFD7000805" + "01" + "01020304",
                "FFD7000805" + "02" + "000001F4",
                "FFB1000804",
                "FFD70008020309");
    }

    @Test
    void shouldNameCommandBlockKeyAndStatusWhenAuthenticationFails() {
        channel.answer("9000").answer("6300");

        assertThatThrownBy(() -> adapter.authenticate(9, KeySlot.B, KEY))
                .isInstanceOf(CardCommandException.class)
                .hasMessage("authenticate block 9 with key B: status 6300")
                .satisfies(e -> {
                    CardCommandException c = (CardCommandException) e;
                    assertThat(c.isRefused()).isTrue();
                    assertThat(c.block()).hasValue(9);
                    assertThat(c.statusWord()).hasValue(0x6300);
                    assertThat(c.isCardAbsent()).isFalse();
                });
    }

    @Test
    void shouldNeverPutTheKeyIntoAMessage() {
        channel.answer("6A81");

        CardCommandException e = catchThrowableOfType(() -> adapter.authenticate(9, KeySlot.A, KEY),
                CardCommandException.class);

        assertThat(e).hasMessage("load key A for block 9 into slot 0: status 6A81");
        assertThat(e.getMessage()).doesNotContainIgnoringCase("4C734A01190B");
    }

    @Test
    void shouldReportEachCommandWithItsBlockAndStatus() {
        channel.answer("6300").answer("6700").answer("6B00").answer("6300").answer("6300").answer("6300")
                .answer("6300").answer("6E00");

        assertThatThrownBy(() -> adapter.readBlock(8)).hasMessage("read block 8: status 6300");
        assertThatThrownBy(() -> adapter.writeBlock(10, new byte[16])).hasMessage("write block 10: status 6700");
        assertThatThrownBy(() -> adapter.storeValue(8, 1)).hasMessage("store value in block 8: status 6B00");
        assertThatThrownBy(() -> adapter.increment(8, 1)).hasMessage("increment block 8: status 6300");
        assertThatThrownBy(() -> adapter.decrement(8, 1)).hasMessage("decrement block 8: status 6300");
        assertThatThrownBy(() -> adapter.readValue(8)).hasMessage("read value block 8: status 6300");
        assertThatThrownBy(() -> adapter.restore(8, 9)).hasMessage("restore block 8 into block 9: status 6300");
        assertThatThrownBy(() -> adapter.readUid()).hasMessage("get UID: status 6E00");
    }

    @Test
    void shouldSayNoCardWhenTheCardIsGone() {
        channel.fail(new CardTransportException("no card in reader X", true));

        CardCommandException e = catchThrowableOfType(() -> adapter.readBlock(8), CardCommandException.class);

        assertThat(e).hasMessage("read block 8: no card in the reader");
        assertThat(e.isCardAbsent()).isTrue();
        assertThat(e.statusWord()).isEmpty();
    }

    @Test
    void shouldReportAReaderFaultWithItsReason() {
        channel.fail(new CardTransportException("reader X: SCARD_E_NO_SERVICE", false));

        assertThatThrownBy(() -> adapter.readUid())
                .hasMessage("get UID: reader failure: reader X: SCARD_E_NO_SERVICE");
    }

    @Test
    void shouldRefuseAnAnswerWithTheWrongAmountOfData() {
        channel.answer("01029000").answer("A1B2C3D4").answer("90");

        assertThatThrownBy(() -> adapter.readBlock(4)).hasMessage("read block 4: answer of 2 data bytes, expected 16");
        assertThatThrownBy(() -> adapter.readUid()).hasMessage("get UID: status C3D4");
        assertThatThrownBy(() -> adapter.readUid()).hasMessage("get UID: answer of 1 bytes, no status word");
    }

    @Test
    void shouldRefuseArgumentsThatCannotBeSent() {
        assertThatThrownBy(() -> adapter.readBlock(64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adapter.authenticate(4, KeySlot.A, new byte[5]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adapter.decrement(8, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(channel.sent).isEmpty();
    }
}
