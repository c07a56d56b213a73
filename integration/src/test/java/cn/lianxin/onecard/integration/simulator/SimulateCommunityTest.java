package cn.lianxin.onecard.integration.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommunityTest {

    @TempDir
    Path inbox;

    @Test
    void shouldDropAFileCompleteUnderItsNameWithNothingHalfWrittenLeft() throws IOException {
        byte[] content = "HDR1…".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        SimulateCommunity.drop(inbox.resolve("32030101").resolve("in"), "CONS_32030101_20261124_000001.DAT", content);

        Path in = inbox.resolve("32030101").resolve("in");
        try (Stream<Path> files = Files.list(in)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("CONS_32030101_20261124_000001.DAT");
        }
        assertThat(in.resolve("CONS_32030101_20261124_000001.DAT")).hasBinaryContent(content);
    }

    @Test
    void shouldPrintAnAcknowledgementDecoded() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        byte[] ack;
        try (InputStream in = getClass().getResourceAsStream("/spec-examples/ACK_32030101_20261106_000001.DAT")) {
            ack = in.readAllBytes();
        }

        new SimulateCommunity(new PrintStream(printed, true, StandardCharsets.UTF_8)).printAck(ack);

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("ACK 32030101 20261106 #000001: status A — accepted 3, duplicates 0, rejected 0\n");
    }

    @Test
    void shouldRefuseBadUsageWithStatus2AndSayWhy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(SimulateCommunity.run(new String[] {"--households", "3"}, System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--community is required").contains("usage:");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SimulateCommunity.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), errors))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: bin/simulate-community").contains("--fault CODE");
        assertThat(SimulateCommunity.run(new String[] {"community", "32030101"}, System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected --name value, found 'community'");
        assertThat(SimulateCommunity.run(new String[] {"--community", "32030101", "--households", "many"}, System.out, errors))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--households must be a whole number, was 'many'");
    }
}
