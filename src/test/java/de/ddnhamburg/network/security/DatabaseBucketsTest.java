package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Bucket4j buckets in the table {@code rate_limit_bucket}: the state is Bucket4j's, kept in
 * the row, refilled by the application's clock, and the row is forgotten once the bucket is full
 * again. Keys are unique per test, since the database is shared.
 */
@IntegrationTest
class DatabaseBucketsTest {

    private static final BucketConfiguration THREE_PER_HOUR = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofHours(1)))
            .build();

    @Autowired
    DatabaseBuckets buckets;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_bucket_refills_evenly_over_the_window_and_its_row_goes_once_it_is_full_again() {
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(take(key)).isTrue();
        }
        assertThat(take(key)).isFalse();
        assertThat(rows(key)).isOne();

        // One token comes back every 20 minutes.
        clock.advance(Duration.ofMinutes(20));
        assertThat(take(key)).isTrue();
        assertThat(take(key)).isFalse();

        // Not full yet: the job keeps the row (and with it what was used).
        clock.advance(Duration.ofMinutes(50));
        buckets.forgetFullBuckets();
        assertThat(rows(key)).isOne();

        clock.advance(Duration.ofMinutes(11));
        buckets.forgetFullBuckets();
        assertThat(rows(key)).isZero();
        assertThat(take(key)).isTrue();
    }

    @Test
    void every_key_has_a_bucket_of_its_own() {
        String first = "test:" + UUID.randomUUID();
        String second = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            take(first);
        }

        assertThat(take(first)).isFalse();
        assertThat(take(second)).isTrue();
    }

    private boolean take(String key) {
        return buckets.builder().build(key, () -> THREE_PER_HOUR).tryConsume(1);
    }

    private int rows(String key) {
        return java.util.Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from rate_limit_bucket where bucket_key = ? and state is not null",
                Integer.class,
                key));
    }
}
