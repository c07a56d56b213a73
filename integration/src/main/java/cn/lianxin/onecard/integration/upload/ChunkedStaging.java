package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Staging that hands an upload's lines from the thread reading the file to the thread of the
 * upload's transaction, a chunk of {@code chunkLines} lines at a time ({@code
 * onecard.exchange.chunk-lines}: large enough for set-based statements, small enough to overlap
 * reading and storing), so the database checks and
 * stores one chunk while the next is being read, parsed and its TACs verified.
 *
 * <p>Memory stays bounded whatever the file's size: one chunk being filled, one waiting, one
 * being stored. The reading thread waits when the database falls behind; either side can
 * {@linkplain #abort abort}, and the other then fails instead of waiting.
 *
 * @param <C> what a chunk is made of (the app's: COPY text for PostgreSQL, rows for JDBC batches)
 */
public abstract class ChunkedStaging<C> implements UploadStore.Staging {

    private static final Object END = new Object();
    private static final long WAIT_MILLIS = 50;

    /** A chunk handed over: its content and how many lines it holds. */
    public record Chunk<C>(C content, int lines) {
    }

    private record Aborted(Throwable cause) {
    }

    private final int chunkLines;
    private final BlockingQueue<Object> handed = new ArrayBlockingQueue<>(1);
    private volatile Throwable abortedBy;
    private int linesInChunk;

    protected ChunkedStaging(int chunkLines) {
        if (chunkLines < 1) {
            throw new IllegalArgumentException("chunkLines must be at least 1, was " + chunkLines);
        }
        this.chunkLines = chunkLines;
    }

    /** Adds one line to the chunk being filled (reading thread). */
    protected abstract void append(long lineNumber, ConsDetail detail, ReasonCode verdict);

    /** The chunk filled so far; the next line begins a new one (reading thread). */
    protected abstract C takeChunk();

    @Override
    public final void add(long lineNumber, ConsDetail detail, ReasonCode verdict) {
        append(lineNumber, detail, verdict);
        if (++linesInChunk == chunkLines) {
            handOver();
        }
    }

    @Override
    public final void close() {
        if (linesInChunk > 0) {
            handOver();
        }
        hand(END);
    }

    @Override
    public final void abort(Throwable cause) {
        abortedBy = cause;
        handed.clear();
        handed.offer(new Aborted(cause));
    }

    /**
     * The next chunk (transaction's thread), waiting for the reading thread; null once it has
     * closed the staging. Throws if the reading was aborted.
     */
    @SuppressWarnings("unchecked")
    public final Chunk<C> next() {
        Object next;
        try {
            next = handed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(e);
            throw new IllegalStateException("interrupted while waiting for the upload's lines", e);
        }
        if (next == END) {
            return null;
        }
        if (next instanceof Aborted aborted) {
            handed.offer(aborted); // stays aborted for any later call
            throw new IllegalStateException("reading the upload stopped: " + aborted.cause().getMessage(), aborted.cause());
        }
        return (Chunk<C>) next;
    }

    private void handOver() {
        int lines = linesInChunk;
        linesInChunk = 0;
        hand(new Chunk<>(takeChunk(), lines));
    }

    private void hand(Object next) {
        try {
            while (true) {
                Throwable cause = abortedBy;
                if (cause != null) {
                    throw new IllegalStateException("the upload's transaction stopped: " + cause.getMessage(), cause);
                }
                if (handed.offer(next, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(e);
            throw new IllegalStateException("interrupted while handing over the upload's lines", e);
        }
    }
}
