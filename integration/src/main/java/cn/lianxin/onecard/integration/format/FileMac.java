package cn.lianxin.onecard.integration.format;

import cn.lianxin.onecard.integration.keys.Mac4;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The MAC of a whole file (interfaces.md §2: {@code mac4(K_upload(community), every byte before
 * the trailer)}), fed line by line as the file is read.
 *
 * <p>The file MAC is one CMAC chain over every byte — it cannot be split — and costs as much
 * CPU as verifying every record's TAC. Given an executor, it is computed there, next to the
 * reading thread: lines are copied into {@value #CHUNK_BYTES}-byte chunks handed over through a
 * queue of {@value #CHUNKS_QUEUED}, so memory stays bounded whatever the file's size, and the
 * reader waits when the MAC falls behind. Without one, it is computed inline.
 *
 * <p>Used by one reading thread; single use.
 */
final class FileMac {

    static final int CHUNK_BYTES = 1 << 16;
    static final int CHUNKS_QUEUED = 4;

    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final Chunk ABANDON = new Chunk(new byte[0], 0);

    private record Chunk(byte[] bytes, int length) {
    }

    private final Mac4.Incremental inline;
    private final BlockingQueue<Chunk> queue;
    private final FutureTask<Mac4.Incremental> background;
    private byte[] chunk;
    private int filled;
    private boolean ended;

    private FileMac(Mac4.Incremental mac, Executor executor) {
        if (executor == null) {
            this.inline = mac;
            this.queue = null;
            this.background = null;
            return;
        }
        this.inline = null;
        this.queue = new ArrayBlockingQueue<>(CHUNKS_QUEUED);
        this.background = new FutureTask<>(() -> macOf(mac, queue));
        this.chunk = new byte[CHUNK_BYTES];
        executor.execute(background);
    }

    /** Starts the MAC under {@code key16}; on {@code executor} if not null, else inline. */
    static FileMac start(byte[] key16, Executor executor) {
        return new FileMac(Mac4.start(key16), executor);
    }

    /** The chunks MACed up to END (the MAC then ready to finish), or null when abandoned. */
    private static Mac4.Incremental macOf(Mac4.Incremental mac, BlockingQueue<Chunk> queue) throws InterruptedException {
        while (true) {
            Chunk next = queue.take();
            if (next == END) {
                return mac;
            }
            if (next == ABANDON) {
                return null;
            }
            mac.update(next.bytes, 0, next.length);
        }
    }

    /** Adds one line as received: its content, then its ending. */
    void update(LineInput.RawLine line) {
        if (inline != null) {
            inline.update(line.content()).update(line.ending().bytes());
            return;
        }
        append(line.content(), line.content().length);
        append(line.ending().bytes(), line.ending().length());
    }

    private void append(byte[] bytes, int length) {
        int done = 0;
        while (done < length) {
            int n = Math.min(length - done, CHUNK_BYTES - filled);
            System.arraycopy(bytes, done, chunk, filled, n);
            filled += n;
            done += n;
            if (filled == CHUNK_BYTES) {
                hand(new Chunk(chunk, filled));
                chunk = new byte[CHUNK_BYTES];
                filled = 0;
            }
        }
    }

    /** Ends the MAC and compares it with {@code expectedHex} in constant time. */
    boolean finishAndMatch(String expectedHex) {
        if (inline != null) {
            return inline.finishAndMatch(expectedHex);
        }
        if (filled > 0) {
            hand(new Chunk(chunk, filled));
        }
        hand(END);
        ended = true;
        return result().finishAndMatch(expectedHex);
    }

    /** Stops computing: the MAC will not be asked for (the file is read no further, or cannot be MACed). */
    void abandon() {
        if (inline != null || ended) {
            return;
        }
        ended = true;
        if (!background.isDone()) {
            hand(ABANDON);
        }
    }

    private void hand(Chunk next) {
        try {
            while (!queue.offer(next, 50, TimeUnit.MILLISECONDS)) {
                if (background.isDone()) {
                    result(); // the computation failed: its exception, not a wait for ever
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            background.cancel(true);
            throw new IllegalStateException("interrupted while computing the file MAC", e);
        }
    }

    private Mac4.Incremental result() {
        try {
            return background.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            background.cancel(true);
            throw new IllegalStateException("interrupted while computing the file MAC", e);
        } catch (ExecutionException | CancellationException e) {
            throw new IllegalStateException("the file MAC could not be computed: " + e.getMessage(), e);
        }
    }
}
