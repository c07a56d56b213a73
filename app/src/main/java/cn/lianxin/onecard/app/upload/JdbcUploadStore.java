package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.format.AckRejection;
import cn.lianxin.onecard.integration.format.ReasonCode;
import cn.lianxin.onecard.integration.upload.UploadStore;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database side of the upload pipeline, set-based: the checked lines arrive from the reading
 * thread in chunks, each loaded into a per-connection temporary staging table (PostgreSQL
 * {@code COPY} through the driver's CopyManager; plain JDBC batches on H2), then a few
 * statements do the rest for the chunk — one join gives every line its verdict (duplicate,
 * R003–R006), {@code INSERT … SELECT} stores the accepted transactions, {@code MERGE} pays bills,
 * shadow accounts move. All in the upload's one transaction, which holds the community's row
 * lock. docs/formats.md, "How it runs".
 */
@Component
public class JdbcUploadStore implements UploadStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcUploadStore.class);


    static final String ZEROS_HOUSEHOLD = "000000000000";
    /** PostgreSQL work_mem of an upload's transaction (its set-based checks and sorts, a chunk at a time). */
    static final String WORK_MEM = "128MB";
    static final String DUPLICATE = "DUPL";

    private static final String STAGING_COLUMNS = "line_no, verdict, tx_type, card_no, uid, card_counter, terminal_id, "
            + "psam_id, terminal_seq, tx_time, amount_fen, before_fen, after_fen, bill_household, bill_period, tac";
    static final String STAGING_DEFINITION = "(line_no bigint not null, verdict varchar(4), tx_type varchar(2), "
            + "card_no varchar(16), uid varchar(8), card_counter integer, terminal_id varchar(8), psam_id varchar(12), "
            + "terminal_seq bigint, tx_time timestamp, amount_fen bigint, before_fen bigint, after_fen bigint, "
            + "bill_household varchar(12), bill_period varchar(6), tac varchar(8))";
    static final String VERDICT_DEFINITION = "(line_no bigint not null, code varchar(4) not null)";
    private static final String BILL_KIND = billKind("s.tx_type");
    private static final String ACCEPTED = "s.verdict is null and not exists (select 1 from upload_verdict v where v.line_no = s.line_no)";

    /** The kind of bill a transaction type pays (01 → PROPERTY, 02 → PARKING, 03 → OTHER). */
    private static String billKind(String transactionType) {
        return "case " + transactionType + " when '01' then 'PROPERTY' when '02' then 'PARKING' else 'OTHER' end";
    }

    private static final String PAYMENT = "s.bill_household <> '" + ZEROS_HOUSEHOLD + "'";
    /** A debit of the line's card with the line's counter is stored (at most one: the unique index of migration 12). */
    private static final String COUNTER_STORED = "w.card_no = s.card_no and w.card_counter = s.card_counter and w.debit_key = 0";
    /** ... and it is the line's own transaction (same PSAM and terminal sequence). */
    private static final String SAME_IDENTITY = "w.psam_id = s.psam_id and w.terminal_seq = s.terminal_seq";

    /**
     * Every line its first fault in the documented order (interfaces.md §4, docs/formats.md); only
     * lines with one are written. {@code duplicate} is the condition under which a line is a
     * duplicate, checked before the card, balance, terminal and bill; {@code from} joins what it
     * needs.
     */
    private static String verdicts(String duplicate, String counterReused, String from) {
        return "insert into upload_verdict (line_no, code) select line_no, code from ("
                + " select s.line_no, case"
                + "  when s.verdict is not null then s.verdict"
                + "  when " + duplicate + " then '" + DUPLICATE + "'"
                + "  when c.card_no is null or c.uid <> s.uid then 'R003'"
                + "  when s.after_fen <> s.before_fen - s.amount_fen then 'R004'"
                + "  when t.terminal_id is null then 'R005'"
                + "  when " + counterReused + " then 'R007'"
                + "  when " + PAYMENT + " and b.bill_id is null then 'R006'"
                + "  end as code"
                + " from upload_staging s" + from
                + " left join card c on c.card_no = s.card_no"
                + " left join terminal t on t.terminal_id = s.terminal_id and t.psam_id = s.psam_id and t.community_id = ?"
                + " left join bill b on b.household_id = s.bill_household and b.billing_period = s.bill_period"
                + "      and b.bill_kind = " + BILL_KIND + " and b.status = 'OPEN' and b.community_id = ?"
                + ") x where code is not null";
    }

    /**
     * Portable: a line is a duplicate if its transaction is stored already or came on an earlier
     * line of the file; both found here, so storing is a plain insert.
     */
    private static final String VERDICTS = verdicts("(row_number() over (partition by s.verdict, s.card_no, "
            + "s.card_counter, s.psam_id, s.terminal_seq order by s.line_no) > 1 or (w.card_no is not null and "
            + SAME_IDENTITY + "))", "w.card_no is not null",
            " left join wallet_transaction w on " + COUNTER_STORED);

    /**
     * Portable, after {@link #VERDICTS}: of the accepted lines of this chunk that carry one card and
     * counter, the first (the one the store takes: a payment, else the first line) stays; a line
     * with another transaction identity is R007 (lines with the same identity are duplicates,
     * found already on H2, skipped by the identity on PostgreSQL).
     */
    private static String counterReusedInChunk(String where) {
        return "insert into upload_verdict (line_no, code) select line_no, 'R007' from ("
                + " select s.line_no, s.psam_id, s.terminal_seq,"
                + "  first_value(s.psam_id) over (partition by s.card_no, s.card_counter order by " + TAKEN_FIRST + ") as first_psam,"
                + "  first_value(s.terminal_seq) over (partition by s.card_no, s.card_counter order by " + TAKEN_FIRST + ") as first_seq"
                + " from upload_staging s where " + where
                + ") x where psam_id <> first_psam or terminal_seq <> first_seq";
    }

    /**
     * PostgreSQL: only a payment's duplicate is found before storing — it must not be taken for a
     * payment of a bill that is paid already (R006). Every other duplicate is found by the unique
     * transaction identity as the line is stored ({@link #STORE_SKIPPING_STORED}), not by a second
     * lookup of every line; here a payment whose card counter is stored already — the same
     * transaction (a duplicate) or another one (R007): one probe of the counter index per payment
     * line (the condition on the payment is a one-time filter of the lateral subquery: other lines
     * do not probe). (A lateral subquery with LIMIT, not EXISTS: an EXISTS may be planned as a
     * hash of the whole journal, and during a large upload the planner's figures for the journal
     * are those from before its first chunk.)...
     */
    private static final String VERDICTS_PAYMENTS_FIRST = verdicts("k.stored = 'D'", "k.stored = 'R'",
            " left join lateral (select case when " + SAME_IDENTITY + " then 'D' else 'R' end as stored"
            + " from wallet_transaction w where " + PAYMENT + " and " + COUNTER_STORED + " limit 1) k on true");

    /**
     * ... and a payment whose transaction came on an earlier line of this chunk that passed its
     * checks so far (from an earlier chunk it is stored already: the probe above finds it). Only
     * payments are ranked — a TAC-valid copy of a payment is a payment — and should another line
     * carry the same transaction, the store takes the payment ({@link #STORE_SKIPPING_STORED}).
     */
    private static final String PAYMENTS_REPEATED_IN_CHUNK = "insert into upload_verdict (line_no, code)"
            + " select line_no, case when psam_id = first_psam and terminal_seq = first_seq then '" + DUPLICATE + "'"
            + "  else 'R007' end from ("
            + "  select s.line_no, s.psam_id, s.terminal_seq,"
            + "   row_number() over (partition by s.card_no collate \"C\", s.card_counter order by s.line_no) as nth,"
            + "   first_value(s.psam_id) over (partition by s.card_no collate \"C\", s.card_counter order by s.line_no) as first_psam,"
            + "   first_value(s.terminal_seq) over (partition by s.card_no collate \"C\", s.card_counter order by s.line_no) as first_seq"
            + "  from upload_staging s where " + PAYMENT + " and " + ACCEPTED
            + " ) x where nth > 1";

    /** PostgreSQL, when the store met the index: an accepted line whose counter a stored debit of another identity has. */
    private static final String COUNTER_REUSED_STORED = "insert into upload_verdict (line_no, code) select s.line_no, 'R007'"
            + " from upload_staging s where " + ACCEPTED + " and exists (select 1 from wallet_transaction w where "
            + COUNTER_STORED + " and not (" + SAME_IDENTITY + "))";

    /** A payment that takes its bill past what is owed, counting earlier lines of the file, is R006. */
    private static final String OVERPAYMENTS = "insert into upload_verdict (line_no, code) select line_no, 'R006' from ("
            + " select s.line_no, b.amount_fen - b.paid_fen as owed,"
            + "  sum(s.amount_fen) over (partition by b.bill_id order by s.line_no rows between unbounded preceding and current row) as paying"
            + " from upload_staging s join bill b on b.household_id = s.bill_household and b.billing_period = s.bill_period"
            + "      and b.bill_kind = " + BILL_KIND + " and b.status = 'OPEN'"
            + " where " + PAYMENT + " and " + ACCEPTED
            + ") x where paying > owed";

    private static final String STORED_COLUMNS = "card_no, kind, amount_fen, balance_after_fen, card_counter, place, "
            + "occurred_at, recorded_at, psam_id, terminal_seq, transaction_type, balance_before_fen, bill_household_id, "
            + "bill_period, tac, batch_id, line_no";
    /**
     * The accepted lines as journal rows in {@code order}: the identity index's (it then grows card
     * by card, not at random).
     */
    private static String acceptedRows(String order) {
        return "select s.card_no, 'DEBIT', s.amount_fen, s.after_fen, s.card_counter, "
                + "s.terminal_id, s.tx_time, ?, s.psam_id, s.terminal_seq, s.tx_type, s.before_fen, "
                + "case when s.bill_household = '" + ZEROS_HOUSEHOLD + "' then null else s.bill_household end, "
                + "case when s.bill_household = '" + ZEROS_HOUSEHOLD + "' then null else s.bill_period end, s.tac, ?, s.line_no "
                + "from upload_staging s where " + ACCEPTED + " order by " + order;
    }

    private static final String STORE = "insert into wallet_transaction (" + STORED_COLUMNS + ") "
            + acceptedRows("s.card_no, s.card_counter, s.line_no");

    private static final String PAY_BILLS = "merge into bill b using ("
            + " select household_id, billing_period, " + billKind("tx_type") + " as bill_kind, paid"
            + " from (select s.bill_household as household_id, s.bill_period as billing_period, s.tx_type as tx_type,"
            + "       sum(s.amount_fen) as paid from upload_staging s"
            + "       where " + PAYMENT + " and " + ACCEPTED
            + "       group by s.bill_household, s.bill_period, s.tx_type) g"
            + ") p on (b.household_id = p.household_id and b.billing_period = p.billing_period and b.bill_kind = p.bill_kind)"
            + " when matched then update set paid_fen = b.paid_fen + p.paid,"
            + "  status = case when b.paid_fen + p.paid = b.amount_fen then 'PAID' else b.status end,"
            + "  paid_at = case when b.paid_fen + p.paid = b.amount_fen then ? else b.paid_at end,"
            + "  updated_at = ?";

    private static final String MOVE_SHADOWS = "merge into shadow_account a using ("
            + " select card_no, card_counter, after_fen from ("
            + "  select s.card_no, s.card_counter, s.after_fen,"
            + "   row_number() over (partition by s.card_no order by s.card_counter desc, s.line_no desc) as rn"
            + "  from upload_staging s where " + ACCEPTED + ") y where rn = 1"
            + ") x on (a.card_no = x.card_no)"
            + " when matched and x.card_counter > a.card_counter then update set balance_fen = x.after_fen,"
            + "  card_counter = x.card_counter, updated_at = ?"
            + " when not matched then insert (card_no, balance_fen, card_counter, pending_load_fen, updated_at)"
            + "  values (x.card_no, x.after_fen, x.card_counter, 0, ?)";

    /** Which of the lines carrying one transaction the PostgreSQL store takes: a payment, else the first. */
    private static final String TAKEN_FIRST = "case when " + PAYMENT + " then 0 else 1 end, s.line_no";

    /** R007 among the accepted lines of one chunk ({@link #counterReusedInChunk}). */
    private static final String COUNTER_REUSED_IN_CHUNK = counterReusedInChunk(ACCEPTED);

    /**
     * PostgreSQL: the accepted lines stored, in the identity index's order. The sort compares card
     * numbers byte by byte ({@code COLLATE "C"}: the same order for digits, without the collation's
     * cost); the chunk arrives sorted already ({@link PostgresCopyStaging}).
     */
    private static final String STORE_SORTED = "insert into wallet_transaction (" + STORED_COLUMNS + ") "
            + acceptedRows("s.card_no collate \"C\", s.card_counter, " + TAKEN_FIRST);

    /**
     * PostgreSQL, for a chunk holding a duplicate that is not a payment ({@link #STORE_SORTED} met
     * the identity index): the same, but a line whose transaction is stored already — by an
     * earlier file, or just now by another line of this one — is skipped; the unique identity
     * index decides.
     */
    private static final String STORE_SKIPPING_STORED = STORE_SORTED
            + " on conflict (card_no, card_counter, debit_key) do nothing";

    /**
     * PostgreSQL, per chunk: each card's latest accepted line — highest counter; of lines with that
     * counter the one the store took — as {counter, payment?, -line, balance after}, kept in
     * {@code upload_card_latest} until the last chunk ({@link #MOVE_SHADOWS_NEW}). Bills are paid
     * from the accepted payment lines as on any database ({@link #PAY_BILLS}): a payment accepted
     * is stored, its duplicates having been found before storing.
     */
    private static final String CARDS_LATEST_IN_CHUNK = "insert into upload_card_latest (card_no, latest)"
            + " select s.card_no, max(array[cast(s.card_counter as bigint), case when " + PAYMENT + " then 1 else 0 end,"
            + "  -s.line_no, s.after_fen]) from upload_staging s where " + ACCEPTED + " group by s.card_no";

    /** PostgreSQL, once the last chunk is stored: each card's shadow account to its latest line, if that is newer. */
    private static final String MOVE_SHADOWS_NEW = "insert into shadow_account (card_no, balance_fen, card_counter, "
            + "pending_load_fen, updated_at)"
            + " select card_no, latest[4], cast(latest[1] as integer), 0, ? from ("
            + "  select card_no, max(latest) as latest from upload_card_latest group by card_no) x"
            + " on conflict (card_no) do update set balance_fen = excluded.balance_fen, card_counter = excluded.card_counter,"
            + "  updated_at = excluded.updated_at where excluded.card_counter > shadow_account.card_counter";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile Boolean postgres;
    private final int chunkLines;
    private final java.util.concurrent.locks.ReentrantLock embeddedUploads = new java.util.concurrent.locks.ReentrantLock();

    private final UploadCardChecks cardChecks;

    public JdbcUploadStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ExchangeProperties properties, UploadCardChecks cardChecks) {
        this.cardChecks = cardChecks;
        this.chunkLines = properties.getChunkLines();
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(String communityId, Function<UploadTransaction, T> work) {
        if (isPostgres()) {
            return upload(communityId, work);
        }
        // the embedded H2 stages into ordinary tables (EmbeddedStagingMigration): one upload at a
        // time (one process opens the file: this lock is every upload's)
        embeddedUploads.lock();
        try {
            return upload(communityId, work);
        } finally {
            embeddedUploads.unlock();
        }
    }

    private <T> T upload(String communityId, Function<UploadTransaction, T> work) {
        return transactions.execute(status -> {
            // the community's lock: its uploads are taken one after the other, on any node
            jdbc.query("select community_id from community where community_id = ? for update", rs -> { }, communityId);
            Transaction tx = new Transaction();
            T result = work.apply(tx);
            if (tx.rollbackOnly) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    @Override
    public long recordNotConsumed(BatchRecord record) {
        Long id = transactions.execute(status -> insertBatch(record, null));
        return id == null ? 0 : id;
    }

    private long insertBatch(BatchRecord r, Integer consumedSequence) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into upload_batch (community_id, batch_sequence, "
                    + "consumed_sequence, business_date, file_name, channel, sha256, size_bytes, status, reason_code, reason, "
                    + "line_count, accepted_count, duplicate_count, rejected_count, ack_file_name, ack_bytes, "
                    + "quarantine_path, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"batch_id"});
            ps.setString(1, r.communityId());
            ps.setObject(2, r.sequence());
            ps.setObject(3, consumedSequence);
            ps.setObject(4, r.businessDate() == null ? null : java.sql.Date.valueOf(r.businessDate()));
            ps.setString(5, r.fileName());
            ps.setString(6, r.channel().name());
            ps.setString(7, r.sha256());
            ps.setLong(8, r.sizeBytes());
            ps.setString(9, String.valueOf(r.status()));
            ps.setString(10, r.reasonCode() == null ? null : r.reasonCode().code());
            ps.setString(11, r.reason());
            ps.setLong(12, r.lineCount());
            ps.setInt(13, r.accepted());
            ps.setInt(14, r.duplicates());
            ps.setInt(15, r.rejected());
            ps.setString(16, r.ackFileName());
            ps.setBytes(17, r.ack());
            ps.setString(18, r.quarantinePath());
            ps.setTimestamp(19, Timestamp.valueOf(r.receivedAt()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((Connection c) -> {
                DatabaseMetaData meta = c.getMetaData();
                return meta.getDatabaseProductName().toLowerCase().contains("postgres");
            });
        }
        return postgres;
    }

    private final class Transaction implements UploadTransaction {

        private boolean rollbackOnly;
        private DatabaseStaging<?> staging;

        @Override
        public Optional<String> centreOf(String communityId) {
            return jdbc.queryForList("select centre_id from community where community_id = ? and active = true",
                    String.class, communityId).stream().findFirst();
        }

        @Override
        public Optional<ConsumedBatch> consumedBatch(String communityId, int sequence) {
            return jdbc.query("select batch_id, sha256, ack_file_name, ack_bytes from upload_batch "
                            + "where community_id = ? and consumed_sequence = ?",
                    (rs, n) -> new ConsumedBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)),
                    communityId, sequence).stream().findFirst();
        }

        @Override
        public int nextSequence(String communityId) {
            Integer max = jdbc.queryForObject("select max(consumed_sequence) from upload_batch where community_id = ?",
                    Integer.class, communityId);
            return max == null ? 1 : max + 1;
        }

        @Override
        public long beginBatch(BatchRecord record) {
            return insertBatch(record, record.sequence());
        }

        @Override
        public Staging staging() {
            createTemporaryTables();
            staging = isPostgres() ? new PostgresCopyStaging(STAGING_COLUMNS, chunkLines)
                    : new JdbcBatchStaging(STAGING_COLUMNS, chunkLines);
            return staging;
        }

        /**
         * Chunk by chunk as the reading thread hands them over: the chunk replaces the last in
         * {@code upload_staging}, its lines get their verdicts, the accepted ones are stored, bills
         * paid and shadow accounts moved. What an earlier chunk stored is seen by the later ones'
         * checks (duplicates, what is still owed), all in the upload's one transaction.
         */
        @Override
        public Settlement settle(long batchId, String communityId, LocalDateTime now) {
            boolean postgres = isPostgres();
            Timestamp at = Timestamp.valueOf(now);
            if (postgres) {
                // the checks' sorts and hashes take a whole chunk: in memory, not in temp files; and no
                // JIT: compiling each statement's expressions costs more than it saves here
                jdbc.execute("set local work_mem = '" + WORK_MEM + "'");
                jdbc.execute("set local jit = off");
            }
            long staged = 0;
            long stored = 0;
            long[] nanos = new long[3];
            int chunks = 0;
            for (int lines = loadNextChunk(); lines >= 0; lines = loadNextChunk()) {
                long t0 = System.nanoTime();
                if (postgres && chunks == 0) {
                    jdbc.execute("analyze upload_staging"); // the later chunks look alike
                }
                if (postgres) {
                    jdbc.update(VERDICTS_PAYMENTS_FIRST, communityId, communityId);
                    jdbc.update(PAYMENTS_REPEATED_IN_CHUNK);
                } else {
                    jdbc.update(VERDICTS, communityId, communityId);
                    jdbc.update(COUNTER_REUSED_IN_CHUNK);
                }
                jdbc.update(OVERPAYMENTS);
                long t1 = System.nanoTime();
                stored += postgres ? storeOnPostgres(at, batchId) : jdbc.update(STORE, at, batchId);
                long t2 = System.nanoTime();
                jdbc.update(PAY_BILLS, at, at);
                if (postgres) {
                    jdbc.update(CARDS_LATEST_IN_CHUNK);
                } else {
                    jdbc.update(MOVE_SHADOWS, at, at);
                }
                cardChecks.flag(batchId, at, postgres);
                long t3 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                staged += lines;
                chunks++;
            }
            if (postgres) {
                long t = System.nanoTime();
                jdbc.update(MOVE_SHADOWS_NEW, at);
                nanos[2] += System.nanoTime() - t;
            }
            List<AckRejection> rejections = rejections();
            if (!postgres) {
                // ordinary tables on H2: nothing of them is committed
                jdbc.update("delete from upload_staging");
                jdbc.update("delete from upload_verdict");
            }
            log.info("Upload {} of community {} settled in {} chunks: record checks {} ms, {} transactions stored in {} ms, "
                    + "bills, shadow accounts and card flags {} ms", batchId, communityId, chunks, nanos[0] / 1_000_000, stored,
                    nanos[1] / 1_000_000, nanos[2] / 1_000_000);
            // a line neither stored nor rejected is a duplicate: found before storing, or by the identity index
            int duplicates = Math.toIntExact(staged - stored - rejections.size());
            return new Settlement(Math.toIntExact(stored), duplicates, rejections);
        }

        /**
         * Stores the chunk's accepted lines. Duplicates that are not payments are rare, and
         * {@code ON CONFLICT DO NOTHING} costs a third more per row than a plain insert: a chunk
         * is stored plainly first, under a savepoint; should the identity index refuse a row, the
         * chunk's insert is undone and done again skipping what is stored.
         */
        private int storeOnPostgres(Timestamp at, long batchId) {
            jdbc.execute("savepoint upload_chunk");
            try {
                int stored = jdbc.update(STORE_SORTED, at, batchId);
                jdbc.execute("release savepoint upload_chunk");
                return stored;
            } catch (DuplicateKeyException duplicateInChunk) {
                jdbc.execute("rollback to savepoint upload_chunk");
                // a card counter met again: the same transaction (a duplicate, skipped) or another one (R007)
                jdbc.update(COUNTER_REUSED_STORED);
                jdbc.update(COUNTER_REUSED_IN_CHUNK);
                return jdbc.update(STORE_SKIPPING_STORED, at, batchId);
            }
        }

        private int loadNextChunk() {
            try {
                return staging.loadNext(jdbc, DataSourceUtils.getConnection(dataSource));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not stage the upload's lines: " + e.getMessage(), e);
            }
        }

        /** The lines rejected, in line order (duplicates are counted, not listed). */
        private List<AckRejection> rejections() {
            return jdbc.query("select line_no, code from upload_verdict where code <> '" + DUPLICATE + "' order by line_no",
                    (rs, n) -> new AckRejection(rs.getLong(1), ReasonCode.valueOf(rs.getString(2))));
        }

        @Override
        public void finishBatch(long batchId, BatchRecord r) {
            jdbc.update("update upload_batch set sha256 = ?, size_bytes = ?, status = ?, line_count = ?, accepted_count = ?, "
                            + "duplicate_count = ?, rejected_count = ?, ack_file_name = ?, ack_bytes = ? where batch_id = ?",
                    r.sha256(), r.sizeBytes(), String.valueOf(r.status()), r.lineCount(), r.accepted(), r.duplicates(),
                    r.rejected(), r.ackFileName(), r.ack(), batchId);
        }

        @Override
        public void rollbackOnly() {
            rollbackOnly = true;
        }

        private void createTemporaryTables() {
            if (isPostgres()) {
                jdbc.execute("create temp table if not exists upload_staging " + STAGING_DEFINITION + " on commit delete rows");
                jdbc.execute("create temp table if not exists upload_verdict " + VERDICT_DEFINITION + " on commit delete rows");
                jdbc.execute("create temp table if not exists upload_card_latest (card_no varchar(16) not null, "
                        + "latest bigint[] not null) on commit delete rows");
            }
            // H2: ordinary tables (EmbeddedStagingMigration) — a temporary table's undo log cannot be
            // rolled back after a crash there, which kept the community's lock for good
        }
    }
}
