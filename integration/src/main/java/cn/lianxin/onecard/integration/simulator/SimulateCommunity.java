package cn.lianxin.onecard.integration.simulator;

import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.BlacklistCodec;
import cn.lianxin.onecard.integration.format.BlacklistConfirmation;
import cn.lianxin.onecard.integration.format.BlacklistConfirmationCodec;
import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistFile;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.FormatException;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.integration.keys.MasterKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/simulate-community}: plays a community against a running back office. Reads the
 * community's cards (shadow accounts), open bills and fee terminals over the REST API, makes a
 * consumption upload with real TACs and MAC (published test keys) — households paying their
 * bills and other purchases, optionally with one fault of §4 — drops it into the community's
 * channel (inbox directory, its own SFTP server, or HTTP PUT), waits for the acknowledgement and
 * prints it decoded; or, with {@code --confirm-blacklists}, confirms the blacklists that reached
 * it. Exit status 0 acknowledged (confirmed), 1 not in time, 2 bad usage.
 */
public final class SimulateCommunity {

    static final String USAGE = """
            usage: bin/simulate-community --community 32030101 [options]
              --url URL              back office (default http://localhost:8080)
              --user U --password P  staff user reading the community (default admin / demo)
              --households N         households paying a bill of --period (default 10)
              --purchases N          other purchases, types 02 and 03 (default 5)
              --period yyyyMM        billing period of the bills paid (default 202611)
              --date yyyyMMdd        business date (default today, Asia/Shanghai)
              --sequence N           batch sequence (default: the next one the centre expects, from
                                     GET /api/uploads; 1 when there is none)
              --terminal-sequence N  first terminal transaction sequence (default: from the clock)
              --fault CODE           inject one fault: F001..F005, R001..R007
              --exchange-dir DIR     the centre's exchange directory, INBOX channel (default data/exchange)
              --sftp-root DIR        files of the simulated SFTP server (default data/sftp/<community>):
                                     uploads and confirmations in <sftp path>/, downloads and ACKs in <sftp path>/out/
              --sftp-password P      its password for the centre's login (default demo)
              --wait SECONDS         how long to wait for the acknowledgement (default 60)
              --out FILE             only write the upload to FILE, send nothing
              --serve SECONDS        instead of uploading: only run an SFTP community's server that long
              --confirm-blacklists   instead of uploading: read the blacklists that reached the community
                                     (MAC checked), confirm each unconfirmed version with a BLA file
                                     through the channel, and wait until the centre has recorded it""";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter PERIOD =
            DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PrintStream out;
    private final KeySystem keys = new KeySystem(MasterKeys.testKeys());

    SimulateCommunity(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with {@code args}; returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args);
            if (options.has("help")) {
                out.println(USAGE);
                return 0;
            }
            return new SimulateCommunity(out).run(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | IllegalStateException e) {
            err.println("simulate-community: " + e.getMessage());
            return 1;
        }
    }

    int run(Options o) throws IOException {
        String community = o.required("community");
        LocalDate date = o.date("date", DATE, "yyyyMMdd", LocalDate.now(ZONE), LocalDate::from);
        YearMonth period = o.date("period", PERIOD, "yyyyMM", YearMonth.of(2026, 11), YearMonth::from);
        int sequence = o.number("sequence", 0);
        int households = o.number("households", 10);
        int purchases = o.number("purchases", 5);
        int terminalSequence = o.number("terminal-sequence", (int) ((Instant.now().getEpochSecond() / 10) % 90_000_000));
        o.number("wait", 60);
        ReasonCode fault = o.has("fault") ? ReasonCode.ofCode(o.get("fault", null))
                .orElseThrow(() -> new IllegalArgumentException("--fault must be one of F001..F005, R001..R007")) : null;
        BackOfficeClient office = new BackOfficeClient(o.get("url", "http://localhost:8080"), o.get("user", "admin"),
                o.get("password", "demo"));
        List<Map<String, Object>> terminals = office.feeTerminals(community);
        if (terminals.isEmpty()) {
            throw new IllegalStateException("community " + community + " has no active fee terminal");
        }
        if (o.has("confirm-blacklists")) {
            return confirmBlacklists(o, office, community, terminals.get(0));
        }
        if (o.has("serve")) {
            return serve(o, terminals.get(0), Duration.ofSeconds(o.number("serve", 600)));
        }
        if (sequence == 0) {
            sequence = office.nextBatchSequence(community);
        }
        CommunityScenario scenario = new CommunityScenario(office.centreOf(community), community, date, sequence,
                LocalDateTime.now(ZONE).withNano(0),
                terminals.stream().map(t -> new SimulatedTerminal((String) t.get("terminalId"), (String) t.get("psamId"))).toList(),
                office.cards(community), office.openBills(community, period), households, purchases, terminalSequence);
        GeneratedBatch batch = new ConsGenerator(keys).generate(scenario, fault);
        describe(batch);
        if (o.has("out")) {
            Files.write(Path.of(o.get("out", null)), batch.content());
            out.println("written to " + o.get("out", null));
            return 0;
        }
        Map<String, Object> terminal = terminals.get(0);
        String ackName = BatchFileName.parse(batch.fileName()).acknowledgement().fileName();
        Duration wait = Duration.ofSeconds(o.number("wait", 60));
        byte[] ack = switch ((String) terminal.get("channel")) {
            case "INBOX" -> {
                Path exchange = Path.of(o.get("exchange-dir", "data/exchange")).resolve(community);
                drop(exchange.resolve("in"), batch.fileName(), batch.content());
                out.println("dropped into " + exchange.resolve("in") + "; waiting for " + ackName);
                yield await(exchange.resolve("out").resolve(ackName), wait);
            }
            case "SFTP" -> {
                Path root = Path.of(o.get("sftp-root", "data/sftp/" + community));
                Path dir = root.resolve(String.valueOf(terminal.get("sftpPath")).replaceAll("^/+", ""));
                try (CommunitySftpServer server = new CommunitySftpServer(((Number) terminal.get("sftpPort")).intValue(),
                        (String) terminal.get("sftpUser"), o.get("sftp-password", "demo"), root)) {
                    drop(dir, batch.fileName(), batch.content());
                    out.println("serving sftp://" + terminal.get("sftpUser") + "@127.0.0.1:" + server.port() + "/"
                            + root.relativize(dir) + "/" + batch.fileName() + " until the centre collects it "
                            + "(its schedule: " + terminal.get("sftpSchedule") + ")");
                    yield await(dir.resolve("out").resolve(ackName), wait);
                }
            }
            default -> {
                HttpResponse<byte[]> response = office.putUpload(community, batch.fileName(), batch.content());
                out.println("PUT /api/communities/" + community + "/uploads/" + batch.fileName() + " → " + response.statusCode());
                if (response.statusCode() != 200) {
                    out.println(new String(response.body(), StandardCharsets.UTF_8));
                    yield null;
                }
                yield response.body();
            }
        };
        if (ack == null) {
            out.println("no acknowledgement" + ("HTTP".equals(terminal.get("channel")) ? "" : " within " + wait.toSeconds() + " s"));
            return 1;
        }
        printAck(ack);
        return 0;
    }

    /** Runs the community's SFTP server for {@code time}, so that the centre can deliver to it. */
    private int serve(Options o, Map<String, Object> terminal, Duration time) throws IOException {
        if (!"SFTP".equals(terminal.get("channel"))) {
            throw new IllegalArgumentException("--serve is for a community whose channel is SFTP");
        }
        Path root = Path.of(o.get("sftp-root", "data/sftp/" + terminal.get("communityId")));
        try (CommunitySftpServer server = new CommunitySftpServer(((Number) terminal.get("sftpPort")).intValue(),
                (String) terminal.get("sftpUser"), o.get("sftp-password", "demo"), root)) {
            out.println("serving sftp://" + terminal.get("sftpUser") + "@127.0.0.1:" + server.port() + " from " + root
                    + " for " + time.toSeconds() + " s");
            long deadline = System.nanoTime() + time.toNanos();
            while (System.nanoTime() < deadline && pause()) {
                // the centre delivers and collects meanwhile
            }
        }
        return 0;
    }

    /** Plays the community's door system: applies the blacklists it received and confirms them. */
    private int confirmBlacklists(Options o, BackOfficeClient office, String community, Map<String, Object> terminal)
            throws IOException {
        String channel = (String) terminal.get("channel");
        Duration wait = Duration.ofSeconds(o.number("wait", 60));
        Path root = Path.of(o.get("sftp-root", "data/sftp/" + community));
        Path sftpDir = root.resolve(String.valueOf(terminal.get("sftpPath")).replaceAll("^/+", ""));
        Path exchange = Path.of(o.get("exchange-dir", "data/exchange")).resolve(community);
        List<Long> confirmed = new ArrayList<>();
        for (Map<String, Object> version : office.blacklistVersions(community)) {
            if (Boolean.TRUE.equals(version.get("confirmed"))) {
                continue;
            }
            String name = (String) version.get("fileName");
            byte[] content = switch (channel) {
                case "INBOX" -> readIfThere(exchange.resolve("out").resolve(name));
                case "SFTP" -> readIfThere(sftpDir.resolve("out").resolve(name));
                default -> office.pull(community, name);
            };
            if (content == null) {
                out.println(name + " has not reached the community (yet)");
                continue;
            }
            BlacklistFile blacklist;
            try {
                blacklist = BlacklistCodec.read(new ByteArrayInputStream(content), keys);
            } catch (FormatException e) {
                out.println(name + " is refused: " + e.getMessage());
                continue;
            }
            out.printf("%s: version %d on base %d, %d lines%n", name, blacklist.version(), blacklist.baseVersion(),
                    blacklist.entries().size());
            for (BlacklistEntry entry : blacklist.entries()) {
                out.printf("  %s %s %s reason %s prompt %s %s%n", entry.operation().code(), entry.cardNumber(), entry.uid(),
                        entry.reason().code(), entry.doorPrompt().code(), entry.doorPrompt().text());
            }
            BlacklistConfirmation confirmation = new BlacklistConfirmation(community, blacklist.version(),
                    LocalDateTime.now(ZONE).withNano(0));
            byte[] bla = BlacklistConfirmationCodec.toBytes(confirmation, keys);
            String blaName = confirmation.fileName().fileName();
            switch (channel) {
                case "INBOX" -> drop(exchange.resolve("in"), blaName, bla);
                case "SFTP" -> drop(sftpDir, blaName, bla);
                default -> {
                    HttpResponse<byte[]> answer = office.putUpload(community, blaName, bla);
                    out.println("PUT " + blaName + " → " + answer.statusCode() + " "
                            + new String(answer.body(), StandardCharsets.UTF_8));
                }
            }
            confirmed.add(blacklist.version());
        }
        if (confirmed.isEmpty()) {
            out.println("nothing to confirm");
            return 0;
        }
        if (channel.equals("SFTP")) {
            try (CommunitySftpServer server = new CommunitySftpServer(((Number) terminal.get("sftpPort")).intValue(),
                    (String) terminal.get("sftpUser"), o.get("sftp-password", "demo"), root)) {
                out.println("serving the confirmations on sftp://127.0.0.1:" + server.port() + " until the centre collects them");
                return awaitConfirmed(office, community, confirmed, wait) ? 0 : 1;
            }
        }
        return awaitConfirmed(office, community, confirmed, wait) ? 0 : 1;
    }

    private boolean awaitConfirmed(BackOfficeClient office, String community, List<Long> versions, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Long> open = new ArrayList<>(versions);
            for (Map<String, Object> version : office.blacklistVersions(community)) {
                if (Boolean.TRUE.equals(version.get("confirmed"))) {
                    open.remove(Long.valueOf(((Number) version.get("version")).longValue()));
                }
            }
            if (open.isEmpty()) {
                out.println("the centre recorded the confirmation of version(s) " + versions);
                return true;
            }
            if (System.nanoTime() > deadline || !pause()) {
                out.println("the centre has not recorded version(s) " + open + " within " + wait.toSeconds() + " s");
                return false;
            }
        }
    }

    private static byte[] readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : null;
    }

    private void describe(GeneratedBatch batch) {
        long total = batch.details().stream().mapToLong(ConsDetail::amountFen).sum();
        long bills = batch.details().stream().filter(d -> !d.billReference().isNone()).count();
        out.printf("%s: %d transactions (%d bill payments), %d fen%s%n", batch.fileName(), batch.details().size(), bills, total,
                batch.fault() == null ? "" : ", fault " + batch.fault().code() + " (" + batch.fault().meaning() + ") on line "
                        + batch.faultLine());
    }

    void printAck(byte[] ack) {
        try {
            AckFile file = AckCodec.read(new ByteArrayInputStream(ack), keys);
            out.printf("ACK %s %s #%06d: status %s — accepted %d, duplicates %d, rejected %d%n", file.communityId(),
                    DATE.format(file.businessDate()), file.batchSequence(), file.status().code(), file.acceptedCount(),
                    file.duplicateCount(), file.rejectedCount());
            for (AckRejection rejection : file.rejections()) {
                out.printf("  line %08d %s %s%n", rejection.lineNumber(), rejection.code().code(), rejection.code().meaning());
            }
        } catch (FormatException | IOException e) {
            out.println("the answer is no valid acknowledgement (" + e.getMessage() + "):");
            out.println(new String(ack, StandardCharsets.US_ASCII));
        }
    }

    /** Writes the file as a community must: a hidden temporary name, then a rename. */
    static void drop(Path directory, String name, byte[] content) throws IOException {
        Files.createDirectories(directory);
        Path part = directory.resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] await(Path file, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            if (!pause()) {
                return null;
            }
        }
        return null;
    }

    /** A command waiting for the centre (not a test): a quarter second; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(250);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code --name value} pairs. */
    record Options(Map<String, String> values) {

        /** {@code --name value} pairs; a {@code --name} followed by another option or nothing is a switch. */
        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || args[i].length() < 3) {
                    throw new IllegalArgumentException("expected --name value, found '" + args[i] + "'");
                }
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                values.put(args[i].substring(2), hasValue ? args[++i] : "true");
            }
            return new Options(values);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String get(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }

        String required(String name) {
            if (!has(name)) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return values.get(name);
        }

        <T> T date(String name, DateTimeFormatter format, String pattern, T otherwise,
                   java.time.temporal.TemporalQuery<T> query) {
            try {
                return has(name) ? format.parse(values.get(name), query) : otherwise;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--" + name + " must be " + pattern + ", was '" + values.get(name) + "'");
            }
        }

        int number(String name, int otherwise) {
            try {
                return has(name) ? Integer.parseInt(values.get(name)) : otherwise;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + values.get(name) + "'");
            }
        }
    }
}
