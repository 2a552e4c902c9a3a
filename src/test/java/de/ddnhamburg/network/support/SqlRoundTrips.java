package de.ddnhamburg.network.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Counts what a piece of code sends to the database, for benchmarks: a {@link DataSource} that
 * wraps the real one and counts each round trip (a statement executed, a batch executed, a commit,
 * a rollback), and separately those made while the calling thread holds a lock, from the statement
 * that takes it (as {@code isLock} recognises it) to the commit or rollback that ends it, with how
 * long it was held. A thread can also record its statements, to show what one call runs. The
 * figures do not depend on how loaded the machine is.
 */
public final class SqlRoundTrips {

    private static final Set<String> EXECUTE = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final Predicate<String> isLock;
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong underLock = new AtomicLong();
    private final AtomicLong locks = new AtomicLong();
    private final AtomicLong lockNanos = new AtomicLong();
    private final ThreadLocal<long[]> lockedSince = new ThreadLocal<>();
    private final ThreadLocal<@Nullable List<String>> recording = new ThreadLocal<>();

    public SqlRoundTrips(Predicate<String> isLock) {
        this.isLock = isLock;
    }

    /** Counts the row lock as a {@code select … from <table> … for [no key] update}. */
    public static SqlRoundTrips lockingRowsOf(String table) {
        String from = " from " + table + " ";
        return new SqlRoundTrips(sql -> sql.contains(from) && sql.matches("(?s).* for (no key )?update.*"));
    }

    /** What has been counted so far, over all threads. */
    public record Totals(long roundTrips, long underLock, long locks, long lockNanos) {

        public Totals minus(Totals before) {
            return new Totals(
                    roundTrips - before.roundTrips,
                    underLock - before.underLock,
                    locks - before.locks,
                    lockNanos - before.lockNanos);
        }
    }

    public Totals totals() {
        return new Totals(roundTrips.get(), underLock.get(), locks.get(), lockNanos.get());
    }

    /** Records the round trips of this thread, one line each, until {@link #stopRecording}. */
    public void startRecording() {
        recording.set(new ArrayList<>());
    }

    public List<String> stopRecording() {
        List<String> lines = recording.get();
        recording.remove();
        return lines == null ? List.of() : lines;
    }

    public DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, this::onConnection);
            }
            return result;
        });
    }

    private @Nullable Object onConnection(Method method, @Nullable Object[] args, @Nullable Object result) {
        String name = method.getName();
        if (name.equals("commit") || name.equals("rollback")) {
            count(name, false);
            long[] since = lockedSince.get();
            if (since != null) {
                locks.incrementAndGet();
                lockNanos.addAndGet(System.nanoTime() - since[0]);
                lockedSince.remove();
            }
        }
        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, statementHandler(sql));
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, statementHandler(sql));
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, statementHandler(null));
        }
        return result;
    }

    private AfterCall statementHandler(@Nullable String prepared) {
        List<String> batch = new ArrayList<>();
        return (method, args, result) -> {
            String name = method.getName();
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
            if (name.equals("addBatch")) {
                batch.add(sql == null ? "?" : sql);
            } else if (EXECUTE.contains(name)) {
                boolean isBatch =
                        name.startsWith("executeLarge") ? name.endsWith("Batch") : name.equals("executeBatch");
                String shown = isBatch
                        ? "batch of " + batch.size() + ": " + String.join("; ", new java.util.LinkedHashSet<>(batch))
                        : String.valueOf(sql);
                batch.clear();
                count(shown, !isBatch && sql != null && isLock.test(sql));
            }
            return result;
        };
    }

    private void count(String what, boolean takesLock) {
        roundTrips.incrementAndGet();
        boolean locked = lockedSince.get() != null;
        if (locked) {
            underLock.incrementAndGet();
        }
        List<String> lines = recording.get();
        if (lines != null) {
            String shown = what.length() > 160 ? what.substring(0, 160) + "…" : what;
            lines.add(String.format(
                    Locale.ROOT, "%2d %s %s", lines.size() + 1, locked || takesLock ? "[lock]" : "      ", shown));
        }
        if (takesLock && !locked) {
            lockedSince.set(new long[] {System.nanoTime()});
        }
    }

    @FunctionalInterface
    private interface AfterCall {
        @Nullable
        Object after(Method method, @Nullable Object[] args, @Nullable Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted) {
                if (wanted.isInstance(target)) {
                    return target;
                }
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted) {
                if (wanted.isInstance(target)) {
                    return true;
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(SqlRoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
