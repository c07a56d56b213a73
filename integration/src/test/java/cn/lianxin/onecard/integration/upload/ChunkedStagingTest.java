package cn.lianxin.onecard.integration.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lianxin.onecard.integration.format.ConsDetail;
import cn.lianxin.onecard.integration.format.ReasonCode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The hand-over of an upload's lines from the reading thread to the transaction's. */
class ChunkedStagingTest {

    /** Line numbers in chunks of three. */
    private static final class Lines extends ChunkedStaging<List<Long>> {
        private List<Long> chunk = new ArrayList<>();

        Lines() {
            super(3);
        }

        @Override
        protected void append(long lineNumber, ConsDetail detail, ReasonCode verdict) {
            chunk.add(lineNumber);
        }

        @Override
        protected List<Long> takeChunk() {
            List<Long> full = chunk;
            chunk = new ArrayList<>();
            return full;
        }
    }

    @Test
    void shouldHandEveryLineOverInOrderInChunksThenEnd() throws Exception {
        Lines staging = new Lines();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            for (long line = 2; line <= 9; line++) {
                staging.add(line, null, ReasonCode.R001);
            }
            staging.close();
        });

        List<ChunkedStaging.Chunk<List<Long>>> chunks = new ArrayList<>();
        for (ChunkedStaging.Chunk<List<Long>> chunk = staging.next(); chunk != null; chunk = staging.next()) {
            chunks.add(chunk);
        }

        reading.get(10, TimeUnit.SECONDS);
        assertThat(chunks).containsExactly(new ChunkedStaging.Chunk<>(List.of(2L, 3L, 4L), 3),
                new ChunkedStaging.Chunk<>(List.of(5L, 6L, 7L), 3), new ChunkedStaging.Chunk<>(List.of(8L, 9L), 2));
    }

    @Test
    void shouldStopTheTransactionWhenTheReadingFails() {
        Lines staging = new Lines();
        CompletableFuture.runAsync(() -> {
            staging.add(2, null, null);
            staging.abort(new UncheckedIOException("disk gone", new java.io.IOException("disk gone")));
        });

        assertThatThrownBy(() -> {
            while (staging.next() != null) {
                // drain until the failure arrives
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("reading the upload stopped: disk gone");
    }

    @Test
    void shouldStopAReadingThatWaitsWhenTheTransactionFails() throws Exception {
        Lines staging = new Lines();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            for (long line = 2; line < 1_000_000; line++) { // far more than one chunk waiting can hold
                staging.add(line, null, null);
            }
        });

        staging.next();
        staging.abort(new IllegalStateException("deadlock detected"));

        assertThatThrownBy(() -> reading.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("the upload's transaction stopped: deadlock detected");
    }
}
