package dev.phlogd.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AscendingIntsTest {
    @Property(tries = 500)
    void unpacksWhatWasPacked(
            @ForAll @Size(max = 300) Set<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> values) {
        int[] ascending =
                new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
        byte[] packed = AscendingInts.pack(ascending, ascending.length);
        assertThat(AscendingInts.unpack(packed)).containsExactly(ascending);
        assertThat(AscendingInts.count(packed)).isEqualTo(ascending.length);
    }

    @Property(tries = 500)
    void aBuilderPacksAsPackDoes(
            @ForAll @Size(max = 300) Set<@IntRange(min = 0, max = Integer.MAX_VALUE) Integer> values) {
        int[] ascending =
                new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
        AscendingInts.Builder builder = new AscendingInts.Builder();
        for (int v : ascending) {
            builder.add(v);
        }
        assertThat(builder.toArray()).isEqualTo(AscendingInts.pack(ascending, ascending.length));
    }

    @Property(tries = 300)
    void setsTheBitOfEveryValue(@ForAll @Size(max = 500) Set<@IntRange(min = 0, max = 100_000) Integer> values) {
        int[] ascending =
                new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
        BitSet expected = new BitSet();
        values.forEach(expected::set);
        long[] bits = new long[100_001 / 64 + 1];
        AscendingInts.setAll(AscendingInts.pack(ascending, ascending.length), bits);
        assertThat(BitSet.valueOf(bits)).isEqualTo(expected);
    }

    @Test
    void packsOnlyTheGivenLengthAndSmallGapsInOneByteEach() {
        byte[] packed = AscendingInts.pack(new int[] {3, 5, 130, 131, 99}, 4);
        assertThat(AscendingInts.unpack(packed)).containsExactly(3, 5, 130, 131);
        // gaps 3, 2, 125, 1: one byte each
        assertThat(packed).hasSize(4);
        assertThat(AscendingInts.pack(new int[0], 0)).isEmpty();
    }

    @Test
    void refusesASequenceThatIsNotStrictlyAscending() {
        assertThatThrownBy(() -> AscendingInts.pack(new int[] {4, 4}, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AscendingInts.pack(new int[] {4, 2}, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AscendingInts.pack(new int[] {-1}, 1)).isInstanceOf(IllegalArgumentException.class);
        AscendingInts.Builder builder = new AscendingInts.Builder();
        builder.add(3);
        assertThatThrownBy(() -> builder.add(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
