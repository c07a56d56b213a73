package cn.lianxin.onecard.integration.cardio.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.lianxin.onecard.integration.cardio.CardReaderAdapter;
import cn.lianxin.onecard.integration.cardio.layout.CardInitialiser;
import cn.lianxin.onecard.integration.cardio.layout.CardPersonalisation;
import cn.lianxin.onecard.integration.cardio.layout.CardStatus;
import cn.lianxin.onecard.integration.cardio.layout.DoorLock;
import cn.lianxin.onecard.integration.cardio.layout.Holder;
import cn.lianxin.onecard.integration.cardio.layout.HolderCategory;
import cn.lianxin.onecard.integration.cardio.layout.Issuance;
import cn.lianxin.onecard.integration.cardio.layout.TransactionType;
import cn.lianxin.onecard.integration.cardio.layout.UserData;
import cn.lianxin.onecard.integration.cardio.sim.SimulatedReader;
import cn.lianxin.onecard.integration.cardio.sim.VirtualMifareClassic1k;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;

/** The example card of docs/card-layout.md §5, byte for byte: the document and the code agree. */
class DocumentedExampleCardTest {

    private static final List<String> DOCUMENTED = List.of(
            "00 A1B2C3D4040804006263646566676869",
            "01 B4010140018802400288028803400148",
            "02 01200120012001200200020002000200",
            "03 A0A1A2A3A4A5787788C13903076865C2",
            "04 32030000000000013203320300000101",
            "05 2026110520361104000007D0832AE92D",
            "06 00000000000000000000000000000000",
            "07 F934911D5BBD78778800CE5C4FF5EB0C",
            "08 30110000CFEEFFFF3011000008F708F7",
            "09 30110000CFEEFFFF3011000008F708F7",
            "10 0000026AEBDC1832030101006CA17995",
            "11 03E0DDE6BF154C378B0093805679F934",
            "12 01000000000000000000000000000000",
            "13 25BD693DAA326DB3EBFA2F4C6856EF5F",
            "14 423C0177D329DB51FCB52E8FCC4479DC",
            "15 55FC25E462EC787788008EC7A2701CAA",
            "16 80004E2000004E206AEBD9C032030001",
            "17 01003CF0000011306AEBDC1832030101",
            "18 00000000000000000000000000000000",
            "19 8D5EC46238D37F078800DAAE097D40B0",
            "20 00000000000000000000000000000000",
            "21 00000000000000000000000000000000",
            "22 00000000000000000000000000000000",
            "23 5BD190B4E35B7F078800B86B1D77D344",
            "24 32030101000000001234202611050000",
            "25 320301010000000000000000A6F0B8CF",
            "26 00000000000000000000000000000000",
            "27 4C734A01190B78778800523C8BD7609E",
            "28 32030101000720271231000032135F9C",
            "29 00000000000000000000000000000000",
            "30 00000000000000000000000000000000",
            "31 286020B6CD9A7877880019509E0DFAAE",
            "35 FFFFFFFFFFFFFF078069FFFFFFFFFFFF",
            "51 DADC353B46D60F00FF005E794E4FDA7A");

    @Test
    void shouldProduceTheDocumentedExampleCard() {
        KeySystem keys = new KeySystem(MasterKeys.testKeys());
        VirtualMifareClassic1k card = VirtualMifareClassic1k.factoryFresh("A1B2C3D4");
        SimulatedReader reader = new SimulatedReader("Issuing desk");
        reader.putCard(card);
        CardReaderAdapter adapter = new CardReaderAdapter(reader);
        new CardInitialiser(keys).initialise(adapter, new CardPersonalisation(
                new Issuance("3203000000000001", "3203", "32030000", 1, LocalDate.of(2026, 11, 5),
                        LocalDate.of(2036, 11, 4), 2000, CardStatus.ACTIVE),
                new Holder(HolderCategory.ADULT, "张三", "320301199001011234"),
                LocalDateTime.of(2026, 11, 5, 9, 0, 0), "32030001",
                new UserData("32030101", "000000001234", LocalDate.of(2026, 11, 5), "32030101"),
                new DoorLock("32030101", "0007", LocalDate.of(2027, 12, 31))));
        new CardWallet(adapter, keys, at("2026-11-05T01:20:00Z")).recharge(20_000, "32030001");
        new CardWallet(adapter, keys, at("2026-11-05T01:30:00Z")).debit(15_600, "32030101", TransactionType.PROPERTY_FEE);

        List<String> dump = new ArrayList<>();
        for (String line : DOCUMENTED) {
            int block = Integer.parseInt(line.substring(0, 2));
            dump.add(String.format("%02d %s", block, HexFormat.of().withUpperCase().formatHex(card.rawBlock(block))));
        }

        assertThat(dump).containsExactlyElementsOf(DOCUMENTED);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }
}
