package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.blacklist.BlacklistKind;
import cn.lianxin.onecard.app.blacklist.BlacklistVersions;
import cn.lianxin.onecard.app.web.ConflictException;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.exchange.Channel;
import cn.lianxin.onecard.integration.exchange.Delivery;
import cn.lianxin.onecard.integration.exchange.DownloadSender;
import cn.lianxin.onecard.integration.exchange.DownloadTarget;
import cn.lianxin.onecard.integration.format.BillFile;
import cn.lianxin.onecard.integration.format.BillFileCodec;
import cn.lianxin.onecard.integration.format.BillFileName;
import cn.lianxin.onecard.integration.format.BillLine;
import cn.lianxin.onecard.integration.format.BlacklistCodec;
import cn.lianxin.onecard.integration.format.BlacklistFile;
import cn.lianxin.onecard.integration.format.ParameterFile;
import cn.lianxin.onecard.integration.format.ParameterFileCodec;
import cn.lianxin.onecard.integration.format.TerminalParameters;
import cn.lianxin.onecard.integration.format.TransactionType;
import cn.lianxin.onecard.integration.keys.KeySystem;
import cn.lianxin.onecard.app.terminal.ChannelStatuses;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a community's downloads (blacklist, bills, terminal parameters), records each with its
 * bytes and SHA-256 in the transaction that makes it, then delivers it over the community's
 * channel — the inbox directory or its SFTP server; an HTTP community pulls it — and records the
 * outcome. The request that made it is answered within {@code onecard.downloads.answer-within}
 * (default 2 s): SENT or FAILED if the delivery finished by then, else QUEUED while it goes on in
 * the background — a community server that hangs or refuses the login never holds the request
 * through the retries.
 */
@Service
public class DownloadService {

    private static final Logger log = LoggerFactory.getLogger(DownloadService.class);
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM");

    private final JdbcTemplate jdbc;
    private final DownloadFiles files;
    private final DownloadTargets targets;
    private final BlacklistVersions blacklists;
    private final DownloadSender sender;
    private final KeySystem keys;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LocalTime businessDayCutOff;
    private final long maxTransactionFen;
    private final ChannelStatuses channelStatuses;
    private final Duration answerWithin;
    private final ExecutorService deliveries;

    DownloadService(JdbcTemplate jdbc, DownloadFiles files, DownloadTargets targets, BlacklistVersions blacklists,
                    DownloadSender sender, KeySystem keys, TransactionTemplate transaction, Clock clock,
                    @Value("${onecard.downloads.parameters.business-day-cut-off:23:30}") LocalTime businessDayCutOff,
                    @Value("${onecard.downloads.parameters.max-transaction-fen:100000}") long maxTransactionFen,
                    ChannelStatuses channelStatuses,
                    @Value("${onecard.downloads.answer-within:2s}") Duration answerWithin) {
        this.jdbc = jdbc;
        this.files = files;
        this.targets = targets;
        this.blacklists = blacklists;
        this.sender = sender;
        this.keys = keys;
        this.transaction = transaction;
        this.clock = clock;
        this.businessDayCutOff = businessDayCutOff;
        this.maxTransactionFen = maxTransactionFen;
        this.channelStatuses = channelStatuses;
        this.answerWithin = answerWithin;
        AtomicInteger threads = new AtomicInteger();
        this.deliveries = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "download-delivery-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stopDeliveries() throws InterruptedException {
        deliveries.shutdown();
        deliveries.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A new blacklist version of the community, full or the delta against its confirmed version. */
    public DownloadRecord sendBlacklist(String communityId, BlacklistKind kind) {
        return send(communityId, () -> {
            BlacklistFile file = blacklists.create(communityId, kind, now());
            return new Made(file.fileName().fileName(), DownloadKind.BLK, digits(file.version()),
                    BlacklistCodec.toBytes(file, keys));
        });
    }

    /** The community's open bills of {@code period}. */
    public DownloadRecord sendBills(String communityId, YearMonth period) {
        return send(communityId, () -> {
            String periodText = PERIOD.format(period);
            int sequence = files.count(communityId, DownloadKind.BILL, periodText) + 1;
            if (sequence > BillFileName.MAX_SEQUENCE) {
                throw new ConflictException("period", "community " + communityId + " has had " + BillFileName.MAX_SEQUENCE
                        + " bill files for " + periodText + " already");
            }
            List<BillLine> bills = jdbc.query("select household_id, billing_period, bill_kind, amount_fen, paid_fen, due_date "
                            + "from bill where community_id = ? and billing_period = ? and status = 'OPEN' "
                            + "order by household_id, case bill_kind when 'PROPERTY' then 1 when 'PARKING' then 2 else 3 end",
                    (rs, i) -> new BillLine(rs.getString(1), YearMonth.parse(rs.getString(2), PERIOD),
                            billKind(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getObject(6, LocalDate.class)),
                    communityId, periodText);
            BillFile file = new BillFile(centreOf(communityId), communityId, period, sequence, now(), bills);
            return new Made(file.fileName().fileName(), DownloadKind.BILL, periodText, BillFileCodec.toBytes(file, keys));
        });
    }

    /** The parameters of the community's active fee terminals and door controllers. */
    public DownloadRecord sendParameters(String communityId) {
        return send(communityId, () -> {
            long version = files.count(communityId, DownloadKind.PARM, null) + 1L;
            List<TerminalParameters> terminals = jdbc.query("select terminal_id, kind, psam_id from terminal "
                            + "where community_id = ? and active = true and kind in ('FEE_TERMINAL', 'DOOR_CONTROLLER') "
                            + "order by terminal_id",
                    (rs, i) -> rs.getString(2).equals("FEE_TERMINAL")
                            ? new TerminalParameters(rs.getString(1), TerminalParameters.Kind.FEE_TERMINAL, rs.getString(3),
                                    businessDayCutOff, maxTransactionFen)
                            : new TerminalParameters(rs.getString(1), TerminalParameters.Kind.DOOR_CONTROLLER, null,
                                    businessDayCutOff, 0),
                    communityId);
            ParameterFile file = new ParameterFile(centreOf(communityId), communityId, version, now(),
                    blacklists.latestVersion(communityId), terminals);
            return new Made(file.fileName().fileName(), DownloadKind.PARM, digits(version),
                    ParameterFileCodec.toBytes(file, keys));
        });
    }

    /** The community's downloads, newest first. */
    public List<DownloadRecord> list(String communityId) {
        targets.requireCommunity(communityId);
        return files.list(communityId);
    }

    /** The bytes of one download; the first pull of an HTTP download marks it downloaded. */
    public byte[] pull(String communityId, String fileName) {
        DownloadRecord record = files.find(communityId, fileName)
                .orElseThrow(() -> new NotFoundException("download of community " + communityId + " named", fileName));
        return transaction.execute(status -> {
            files.pulled(record.fileId(), now());
            return files.content(record.fileId());
        });
    }

    private DownloadRecord send(String communityId, Supplier<Made> make) {
        DownloadTarget target = targets.of(communityId);
        Made made = transaction.execute(status -> {
            Made file = make.get();
            long id = files.insert(communityId, file.name, file.kind, file.versionOrPeriod, file.content, now(),
                    target.channel(), target.channel() == Channel.HTTP ? DownloadStatus.AVAILABLE : DownloadStatus.CREATED);
            return file.withId(id);
        });
        if (target.channel() != Channel.HTTP) {
            CompletableFuture<Delivery> delivery = CompletableFuture.supplyAsync(() -> {
                Delivery outcome = sender.deliver(target, made.name, made.content);
                recordDelivery(made, communityId, target, outcome);
                return outcome;
            }, deliveries);
            try {
                delivery.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillUnderWay) {
                String problem = target.channel() != Channel.SFTP ? null : channelStatuses.find(communityId)
                        .filter(c -> c.consecutiveFailures() > 0)
                        .map(c -> "still being delivered; the community's SFTP channel is " + c.state() + " ("
                                + c.consecutiveFailures() + " failures in a row, last: " + c.lastFailureReason() + ")")
                        .orElse(null);
                transaction.executeWithoutResult(status -> files.queued(made.id, problem));
                log.warn("download {} to community {} over {}: not delivered within {} ms, QUEUED{}", made.name, communityId,
                        target.channel(), answerWithin.toMillis(), problem == null ? "" : ": " + problem);
            } catch (ExecutionException e) {
                transaction.executeWithoutResult(status -> files.failed(made.id, String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        DownloadRecord record = files.get(made.id);
        log.info("download {} of community {}: {} over {}", record.fileName(), communityId, record.status(), record.channel());
        return record;
    }

    /** The delivery's outcome, on the delivering thread (after the request was answered, for a QUEUED one). */
    private void recordDelivery(Made made, String communityId, DownloadTarget target, Delivery delivery) {
        if (delivery.delivered()) {
            transaction.executeWithoutResult(status -> files.delivered(made.id, DownloadStatus.SENT, now()));
        } else {
            log.error("download {} to community {} over {} failed: {}", made.name, communityId, target.channel(),
                    delivery.problem());
            transaction.executeWithoutResult(status -> files.failed(made.id, delivery.problem()));
        }
    }

    private String centreOf(String communityId) {
        return jdbc.queryForObject("select centre_id from community where community_id = ?", String.class, communityId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static String digits(long version) {
        return String.format("%010d", version);
    }

    private static TransactionType billKind(String billKind) {
        return switch (billKind) {
            case "PROPERTY" -> TransactionType.PROPERTY_FEE;
            case "PARKING" -> TransactionType.PARKING_FEE;
            default -> TransactionType.OTHER_SERVICE;
        };
    }

    private record Made(String name, DownloadKind kind, String versionOrPeriod, byte[] content, long id) {

        Made(String name, DownloadKind kind, String versionOrPeriod, byte[] content) {
            this(name, kind, versionOrPeriod, content, 0);
        }

        Made withId(long fileId) {
            return new Made(name, kind, versionOrPeriod, content, fileId);
        }
    }
}
