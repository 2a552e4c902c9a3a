package de.ddnhamburg.network.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * One connection pool per benchmark row, for the PostgreSQL benchmarks: each row runs on a Hikari
 * pool of its own, opened with minimum idle = maximum = the row's size and filled before the clock
 * starts, and closed afterwards. Lowering the maximum of the application's pool at run time instead
 * closes nothing while its minimum idle stays at 10, and raising it grows the pool inside the timed
 * run. The application's data source is wrapped (in the benchmark only) in a delegating data source
 * whose target a row switches to its pool and back, and in {@link SqlRoundTrips}, which counts what
 * goes through it. A row reports the connections open at its start and the most in use and open
 * while it ran, sampled every 5 ms.
 */
public final class RowPools {

    private final Switching switching = new Switching();
    private final SqlRoundTrips roundTrips;

    public RowPools(SqlRoundTrips roundTrips) {
        this.roundTrips = roundTrips;
    }

    /** For the benchmark's test configuration, as a static bean: wraps the application's pool. */
    public BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    switching.setTargetDataSource(pool);
                    return roundTrips.wrap(switching);
                }
                return bean;
            }
        };
    }

    /**
     * Opens a pool of exactly {@code size} connections to the application's database, all of them
     * open before it returns, and lets the application use it until the row is closed.
     */
    public Row open(int size) throws InterruptedException {
        HikariDataSource application = (HikariDataSource) Objects.requireNonNull(switching.getTargetDataSource());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(application.getJdbcUrl());
        config.setUsername(application.getUsername());
        config.setPassword(application.getPassword());
        config.setPoolName("benchmark-row-" + size);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setAutoCommit(application.isAutoCommit());
        // Fifty clients queue for the connections: a slow run shows as latency, not as failures.
        config.setConnectionTimeout(Duration.ofMinutes(5).toMillis());
        HikariDataSource pool = new HikariDataSource(config);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (pool.getHikariPoolMXBean().getIdleConnections() < size) {
            if (System.nanoTime() > deadline) {
                pool.close();
                throw new IllegalStateException("The pool of " + size + " did not fill within 2 minutes");
            }
            Thread.sleep(20);
        }
        return new Row(size, pool, application);
    }

    /** A row's pool, in use by the application until closed. */
    public final class Row implements AutoCloseable {

        private final int size;
        private final HikariDataSource pool;
        private final HikariDataSource application;
        private final int openAtStart;
        private final AtomicInteger mostInUse = new AtomicInteger();
        private final AtomicInteger mostOpen = new AtomicInteger();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        private Row(int size, HikariDataSource pool, HikariDataSource application) {
            this.size = size;
            this.pool = pool;
            this.application = application;
            this.openAtStart = pool.getHikariPoolMXBean().getTotalConnections();
            switching.setTargetDataSource(pool);
            sampler.scheduleAtFixedRate(
                    () -> {
                        mostInUse.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::max);
                        mostOpen.accumulateAndGet(pool.getHikariPoolMXBean().getTotalConnections(), Math::max);
                    },
                    0,
                    5,
                    TimeUnit.MILLISECONDS);
        }

        public int size() {
            return size;
        }

        public int openAtStart() {
            return openAtStart;
        }

        public int mostInUse() {
            return mostInUse.get();
        }

        /** The most connections the pool had open, which must not exceed its size. */
        public int mostOpen() {
            return mostOpen.get();
        }

        /** As a report shows it: the size, then connections open at the start / most in use. */
        public String shown() {
            return size + " (" + openAtStart + " / " + mostInUse() + ")";
        }

        /** Stops sampling, switches the application back to its own pool and closes this one. */
        @Override
        public void close() {
            sampler.shutdownNow();
            mostOpen.accumulateAndGet(pool.getHikariPoolMXBean().getTotalConnections(), Math::max);
            switching.setTargetDataSource(application);
            pool.close();
        }
    }

    private static final class Switching extends DelegatingDataSource {

        @Override
        public void setTargetDataSource(DataSource target) {
            super.setTargetDataSource(target);
        }
    }
}
