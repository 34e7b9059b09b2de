package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelReadsTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, ParallelReads.BATCH - 1, ParallelReads.BATCH, ParallelReads.BATCH + 1, 5_000})
    void everyItemIsReadOnceAndAllBeforeFinishReturns(int items) {
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        ParallelReads<Integer> parallel = new ParallelReads<>(
                i -> reads.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        IntStream.range(0, items).forEach(parallel::add);

        assertThat(parallel.finish()).isEqualTo(items);
        assertThat(reads).hasSize(items);
        assertThat(reads.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, ParallelReads.BATCH * 3 + 1})
    void whatAReadThrowsReachesTheWalkingThread(int failing) {
        ParallelReads<Integer> parallel = new ParallelReads<>(i -> {
            if (i == failing) {
                throw new IllegalStateException("read " + i + " failed");
            }
        });
        IntStream.range(0, ParallelReads.BATCH * 4).forEach(parallel::add);

        assertThatThrownBy(parallel::finish)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("read " + failing + " failed");
    }
}
