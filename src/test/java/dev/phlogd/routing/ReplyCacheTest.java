package dev.phlogd.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplyCacheTest {
    final AtomicInteger builds = new AtomicInteger();

    byte[] build(int size) {
        builds.incrementAndGet();
        return new byte[size];
    }

    @Test
    void sameVersionHitsOtherVersionRebuilds() {
        ReplyCache cache = new ReplyCache(10_000);
        Object v1 = new Object();
        ReplyCache.Lookup first = cache.get("/a", v1, () -> build(10));
        assertThat(first.kept()).isTrue();
        assertThat(cache.get("/a", v1, () -> build(10)).bytes()).isSameAs(first.bytes());
        assertThat(builds).hasValue(1);
        cache.get("/a", new Object(), () -> build(10));
        assertThat(builds).hasValue(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void leastRecentlyUsedGoFirstWhenOverBudget() {
        ReplyCache cache = new ReplyCache(900);
        cache.get("/a", 1, () -> build(200));
        cache.get("/b", 1, () -> build(200));
        cache.get("/c", 1, () -> build(200));
        cache.get("/a", 1, () -> build(200));
        cache.get("/d", 1, () -> build(200));
        cache.get("/e", 1, () -> build(200));
        assertThat(cache.bytes()).isLessThanOrEqualTo(900);
        int before = builds.get();
        cache.get("/a", 1, () -> build(200));
        assertThat(builds.get()).as("recently used /a kept").isEqualTo(before);
        cache.get("/b", 1, () -> build(200));
        assertThat(builds.get()).as("least recently used /b evicted").isEqualTo(before + 1);
    }

    @Test
    void hugeRepliesAndNothingAreNotKept() {
        ReplyCache cache = new ReplyCache(1000);
        assertThat(cache.get("/big", 1, () -> build(600)).kept()).isFalse();
        assertThat(cache.size()).isZero();
        assertThat(cache.get("/none", 1, () -> null).bytes()).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aZeroBudgetCachesNothing() {
        ReplyCache cache = new ReplyCache(0);
        assertThat(cache.get("/a", 1, () -> build(1)).kept()).isFalse();
        assertThat(cache.get("/a", 1, () -> build(1)).kept()).isFalse();
        assertThat(builds).hasValue(2);
    }
}
