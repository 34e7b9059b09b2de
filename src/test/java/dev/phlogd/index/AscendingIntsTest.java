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
        assertThat(decode(AscendingInts.pack(ascending, ascending.length))).containsExactly(ascending);
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
        assertThat(decode(packed)).containsExactly(3, 5, 130, 131);
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

    @Property(tries = 300)
    void addsTheValueToTheBuilderOfEveryId(
            @ForAll @Size(max = 200) Set<@IntRange(min = 0, max = 2_000) Integer> ids,
            @ForAll @IntRange(min = 0, max = 1 << 30) int value) {
        int[] ascending =
                new TreeSet<>(ids).stream().mapToInt(Integer::intValue).toArray();
        AscendingInts.Builder[] builders = new AscendingInts.Builder[2_001];
        AscendingInts.Builder.addToEach(AscendingInts.pack(ascending, ascending.length), builders, value);
        for (int id = 0; id < builders.length; id++) {
            if (ids.contains(id)) {
                assertThat(decode(builders[id].toArray())).containsExactly(value);
            } else {
                assertThat(builders[id]).isNull();
            }
        }
    }

    /** Seven bits a byte, low bits first, the high bit set on all but a gap's last byte: the format, read on its own. */
    private static int[] decode(byte[] packed) {
        java.util.List<Integer> values = new java.util.ArrayList<>();
        long value = 0;
        long gap = 0;
        int shift = 0;
        for (byte b : packed) {
            gap |= (long) (b & 0x7F) << shift;
            shift += 7;
            if (b >= 0) {
                value += gap;
                values.add((int) value);
                gap = 0;
                shift = 0;
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
