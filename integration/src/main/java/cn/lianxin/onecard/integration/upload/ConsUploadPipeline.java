package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.format.AckCodec;
import cn.lianxin.onecard.integration.format.AckFile;
import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.AckStatus;
import cn.lianxin.onecard.integration.format.BatchFileName;
import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ConsLine;
import cn.lianxin.onecard.integration.format.ConsReader;
import cn.lianxin.onecard.integration.format.ConsSummary;
import cn.lianxin.onecard.integration.format.FormatException;
import cn.lianxin.onecard.integration.format.FormatFault;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.keys.KeySystem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ingestion pipeline of consumption uploads ({@code CONS_…}, interfaces.md §3.1), for
 * every channel. Checks, in this order (docs/formats.md, "How an upload is checked"):
 * <ol>
 * <li>the file name ({@code F001}), and that it names the community whose channel brought it
 * ({@code F001});</li>
 * <li>in the upload's transaction, holding the community's lock: the community exists, is
 * active and is under this centre ({@code F005}); the batch sequence — consumed already: the
 * stored answer if the bytes are the same, else {@code F004}; ahead of the next one:
 * {@code F004};</li>
 * <li>one streaming pass over the bytes ({@link ConsReader}): structure, header against the
 * name, line lengths ({@code F001}), file MAC ({@code F002}), trailer count and total
 * ({@code F003}), the header's centre ({@code F005}); each detail parsed ({@code R001}) and its
 * TAC verified ({@code R002}) and handed to the store's staging as it passes;</li>
 * <li>the store's set-based record checks (duplicate, {@code R003}–{@code R006}) and storage;</li>
 * <li>the ACK, recorded with the upload in the same transaction.</li>
 * </ol>
 * A file rejected whole rolls its transaction back (nothing stored, no sequence consumed), is
 * copied to the quarantine and recorded in its index. Nothing of the file is held in memory but
 * one line.
 */
public final class ConsUploadPipeline {

    private static final Logger log = LoggerFactory.getLogger(ConsUploadPipeline.class);
    private static final int READ_BUFFER = 1 << 16;

    private final KeySystem keys;
    private final UploadStore store;
    private final Quarantine quarantine;
    private final String centreId;
    private final Clock clock;
    private final Executor readingThreads;

    /**
     * A pipeline answering for property centre {@code centreId}. Each upload takes two tasks of
     * {@code readingThreads} for as long as its file is read: one reads it — parses the lines,
     * verifies their TACs, hands them to the store — and one computes the file MAC; the upload's
     * own thread meanwhile checks and stores in its transaction what has been read.
     */
    public ConsUploadPipeline(KeySystem keys, UploadStore store, Quarantine quarantine, String centreId, Clock clock,
            Executor readingThreads) {
        if (readingThreads == null) {
            throw new IllegalArgumentException("readingThreads must not be null");
        }
        this.keys = keys;
        this.store = store;
        this.quarantine = quarantine;
        this.centreId = centreId;
        this.clock = clock;
        this.readingThreads = readingThreads;
    }

    /** Checks, stores and answers one upload. */
    public UploadAnswer ingest(ReceivedUpload upload) {
        LocalDateTime now = LocalDateTime.now(clock);
        BatchFileName name;
        try {
            name = BatchFileName.parse(upload.fileName());
        } catch (FormatException e) {
            return rejected(upload, null, e.fault().code(), e.fault().message(), 0, now);
        }
        if (name.kind() != BatchFileName.Kind.CONS) {
            return rejected(upload, null, ReasonCode.F001, "file name '" + upload.fileName() + "' is not a CONS upload", 0,
                    now);
        }
        if (upload.channelCommunity() != null && !upload.channelCommunity().equals(name.communityId())) {
            return rejected(upload, name, ReasonCode.F001, "file name (community id) says " + name.communityId()
                    + " but it came through the channel of community " + upload.channelCommunity(), 0, now);
        }
        Outcome outcome = store.inTransaction(name.communityId(), tx -> {
            Outcome o = checkAndStore(upload, name, tx, now);
            if (o.answer == null) {
                tx.rollbackOnly();
            }
            return o;
        });
        if (outcome.answer != null) {
            log.info("Upload {} of community {} via {}: {}", upload.fileName(), upload.channelCommunity(), upload.channel(),
                    outcome.answer);
            return outcome.answer;
        }
        return rejected(upload, name, outcome.code, outcome.reason, outcome.lines, outcome.hash, now);
    }

    /**
     * Either the answer (the transaction commits) or a file-level rejection (it rolls back), with
     * the file's SHA-256 when it was computed already (null: not yet).
     */
    private record Outcome(UploadAnswer answer, ReasonCode code, String reason, long lines, String hash) {
        static Outcome reject(ReasonCode code, String reason, long lines) {
            return new Outcome(null, code, reason, lines, null);
        }

        static Outcome reject(ReasonCode code, String reason, long lines, String hash) {
            return new Outcome(null, code, reason, lines, hash);
        }
    }

    private Outcome checkAndStore(ReceivedUpload upload, BatchFileName name, UploadStore.UploadTransaction tx,
            LocalDateTime now) {
        String community = name.communityId();
        Optional<String> centre = tx.centreOf(community);
        if (centre.isEmpty()) {
            return Outcome.reject(ReasonCode.F005, "community " + community + " is unknown or inactive", 0);
        }
        if (!centre.get().equals(centreId)) {
            return Outcome.reject(ReasonCode.F005, "community " + community + " is under property centre "
                    + centre.get() + ", not this centre " + centreId, 0);
        }
        Optional<UploadStore.ConsumedBatch> consumed = tx.consumedBatch(community, name.sequence());
        if (consumed.isPresent()) {
            String sha = sha256(upload);
            if (sha.equals(consumed.get().sha256())) {
                UploadStore.ConsumedBatch c = consumed.get();
                AckFile ack = readAck(c.ack());
                return new Outcome(new UploadAnswer(upload.fileName(), c.ackFileName(), c.ack(), ack.status(), null,
                        null, true, ack.acceptedCount(), ack.duplicateCount(), ack.rejectedCount()), null, null, 0, sha);
            }
            return Outcome.reject(ReasonCode.F004, "batch sequence " + name.sequence() + " of community " + community
                    + " was already received (upload " + c(consumed.get()) + ") with other content", 0, sha);
        }
        int next = tx.nextSequence(community);
        if (name.sequence() != next) {
            return Outcome.reject(ReasonCode.F004, "batch sequence " + name.sequence() + " is out of order: the next of community "
                    + community + " is " + next, 0);
        }
        UploadStore.BatchRecord start = new UploadStore.BatchRecord(community, name.sequence(), name.businessDate(),
                upload.fileName(), upload.channel(), "", 0, 'A', null, null, 0, 0, 0, 0, null, null, null, now);
        long batchId = tx.beginBatch(start);

        // the file is read on a thread of its own while this one, the transaction's, stores what it has read
        long started = System.nanoTime();
        UploadStore.Staging staging = tx.staging();
        Future<FileRead> reading;
        try {
            reading = CompletableFuture.supplyAsync(() -> read(upload, name, staging), readingThreads);
        } catch (RuntimeException e) {
            staging.abort(e);
            throw e;
        }
        UploadStore.Settlement settlement;
        try {
            settlement = tx.settle(batchId, community, now);
        } catch (RuntimeException e) {
            staging.abort(e);
            awaitEnd(reading); // no reading left running; e says what stopped (a failed reading's cause included)
            throw e;
        }
        FileRead read = outcomeOf(reading);
        ConsSummary summary = read.summary();
        log.info("Upload {}: {} lines read, checked and stored in {} ms", upload.fileName(), summary.lineCount(),
                (System.nanoTime() - started) / 1_000_000);
        Optional<FormatFault> fileFault = summary.rejection();
        if (fileFault.isPresent()) {
            return Outcome.reject(fileFault.get().code(), fileFault.get().message(), summary.lineCount(), read.sha256());
        }
        if (read.wrongCentre() != null) {
            return Outcome.reject(ReasonCode.F005, read.wrongCentre(), summary.lineCount(), read.sha256());
        }
        List<AckRejection> rejections = settlement.rejections();
        AckStatus status = rejections.isEmpty() ? AckStatus.ACCEPTED : AckStatus.PARTLY_ACCEPTED;
        AckFile ack = new AckFile(community, name.businessDate(), name.sequence(), status, settlement.accepted(),
                settlement.duplicates(), rejections.size(), rejections);
        byte[] ackBytes = AckCodec.toBytes(ack, keys);
        String ackName = ack.fileName().fileName();
        tx.finishBatch(batchId, new UploadStore.BatchRecord(community, name.sequence(), name.businessDate(),
                upload.fileName(), upload.channel(), read.sha256(), read.size(), status.code(), null,
                null, summary.lineCount(), settlement.accepted(), settlement.duplicates(), rejections.size(), ackName,
                ackBytes, null, now));
        return new Outcome(new UploadAnswer(upload.fileName(), ackName, ackBytes, status, null, null, false,
                settlement.accepted(), settlement.duplicates(), rejections.size()), null, null, summary.lineCount(),
                read.sha256());
    }

    /**
     * What one pass over the file found.
     *
     * @param summary     the file-level verdict
     * @param wrongCentre why the header's property centre is not this one, or null
     * @param sha256      SHA-256 of the bytes, lower-case hex
     * @param size        bytes read
     */
    private record FileRead(ConsSummary summary, String wrongCentre, String sha256, long size) {
    }

    /**
     * The one pass over the file (on a reading thread): every line checked as it passes, each
     * detail handed to the staging; the staging closed at the end, aborted if the reading fails.
     */
    private FileRead read(ReceivedUpload upload, BatchFileName name, UploadStore.Staging staging) {
        MessageDigest digest = newSha256();
        String wrongCentre = null;
        try (InputStream raw = Files.newInputStream(upload.file());
             CountingInputStream counted = new CountingInputStream(new DigestInputStream(raw, digest));
             ConsReader reader = new ConsReader(new BufferedInputStream(counted, READ_BUFFER), keys, name,
                     readingThreads)) {
            for (ConsLine line = reader.next(); line != null; line = reader.next()) {
                if (line.kind() == ConsLine.Kind.DETAIL) {
                    stage(line, staging);
                } else if (line.kind() == ConsLine.Kind.HEADER && line.header().isPresent()
                        && !line.header().get().propertyCentreId().equals(centreId)) {
                    wrongCentre = "header (line 1, property centre id, position 5) says centre "
                            + line.header().get().propertyCentreId() + ", but community " + name.communityId()
                            + " is under this centre " + centreId;
                }
            }
            staging.close();
            return new FileRead(reader.summary(), wrongCentre, HexFormat.of().formatHex(digest.digest()), counted.count());
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("Could not read upload " + upload.fileName() + ": "
                    + e.getMessage(), e);
            staging.abort(failure);
            throw failure;
        } catch (RuntimeException e) {
            staging.abort(e);
            throw e;
        }
    }

    private static void awaitEnd(Future<FileRead> reading) {
        try {
            reading.get();
        } catch (ExecutionException ended) {
            // it stopped because the transaction did, or failed first: either way the caller's exception tells
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reading.cancel(true);
        }
    }

    /** The reading's result once it has ended; its exception, unwrapped, if it failed. */
    private static FileRead outcomeOf(Future<FileRead> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reading.cancel(true);
            throw new IllegalStateException("interrupted while the upload was being read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("reading the upload failed: " + e.getCause(), e.getCause());
        }
    }

    private static String c(UploadStore.ConsumedBatch batch) {
        return batch.batchId() + ", answered " + batch.ackFileName();
    }

    /** R001 and R002 are decided here, as the line passes; everything else in the store. */
    private static void stage(ConsLine line, UploadStore.Staging staging) {
        Optional<FormatFault> fault = line.fault();
        if (fault.isPresent()) {
            if (!fault.get().code().isFileLevel()) {
                staging.add(line.lineNumber(), null, fault.get().code());
            }
            return; // a file-level fault rejects the file; nothing more to stage for this line
        }
        ConsDetail detail = line.detail().orElseThrow();
        ReasonCode verdict = null;
        if (detail.amountFen() == 0) {
            verdict = ReasonCode.R001; // a wallet transaction moves money: amount 0 is not one
        } else if (!line.tacValid()) {
            verdict = ReasonCode.R002;
        }
        staging.add(line.lineNumber(), detail, verdict);
    }

    private UploadAnswer rejected(ReceivedUpload upload, BatchFileName name, ReasonCode code, String reason, long lines,
            LocalDateTime now) {
        return rejected(upload, name, code, reason, lines, null, now);
    }

    /** A file rejected whole: quarantined and recorded; {@code hash} its SHA-256 if the pass over it computed it. */
    private UploadAnswer rejected(ReceivedUpload upload, BatchFileName name, ReasonCode code, String reason, long lines,
            String hash, LocalDateTime now) {
        String ackName = null;
        byte[] ackBytes = null;
        if (name != null) {
            AckFile ack = new AckFile(name.communityId(), name.businessDate(), name.sequence(), AckStatus.REJECTED, 0, 0,
                    0, List.of(new AckRejection(0, code)));
            ackBytes = AckCodec.toBytes(ack, keys);
            ackName = ack.fileName().fileName();
        }
        String sha = hash != null ? hash : sha256(upload);
        long size = sizeOf(upload);
        // kept under the community whose channel brought it, never under the one its name claims:
        // a file named for another community is that other community's business only if it came
        // through its channel, and its staff must not see what someone else sent in its name
        String keptUnder = upload.channelCommunity() != null ? upload.channelCommunity()
                : name == null ? null : name.communityId();
        String kept = quarantine.keep(upload, keptUnder, sha, ackName, ackBytes, now);
        long id = store.recordNotConsumed(new UploadStore.BatchRecord(keptUnder,
                name == null ? null : name.sequence(), name == null ? null : name.businessDate(), upload.fileName(),
                upload.channel(), sha, size, AckStatus.REJECTED.code(), code, abbreviate(reason), lines, 0, 0, 0, ackName,
                ackBytes, kept, now));
        log.warn("Upload {} via {} rejected whole: {} {} (quarantined as {}, upload {})", upload.fileName(),
                upload.channel(), code.code(), reason, kept, id);
        return new UploadAnswer(upload.fileName(), ackName, ackBytes, AckStatus.REJECTED, code, reason, false, 0, 0, 0);
    }

    static String abbreviate(String reason) {
        return reason.length() <= 400 ? reason : reason.substring(0, 397) + "...";
    }

    private AckFile readAck(byte[] ack) {
        try {
            return AckCodec.read(new java.io.ByteArrayInputStream(ack), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(ReceivedUpload upload) {
        try {
            return Files.size(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload " + upload.fileName() + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the upload's bytes, lower-case hex. */
    static String sha256(ReceivedUpload upload) {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[READ_BUFFER];
        try (InputStream in = Files.newInputStream(upload.file())) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload " + upload.fileName() + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
