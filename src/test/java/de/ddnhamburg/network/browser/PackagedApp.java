package de.ddnhamburg.network.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The production jar that {@code ./mvnw package} built, started as a user would start it. */
public final class PackagedApp implements AutoCloseable {

    /** 5 minutes; {@code -Dapp.startup-minutes} gives a crowded build machine longer. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(Long.getLong("app.startup-minutes", 5));

    /**
     * Where the next search in {@code browser.ports} starts: round the range, so that a port just
     * handed out is not handed out again before its user has bound it.
     */
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The jar that failsafe names in {@code app.jar}; the default serves a run from the IDE after a package. */
    public static Path jar() {
        return Path.of(System.getProperty("app.jar", "target/ddn-network-0.1.0-SNAPSHOT.jar"));
    }

    public static PackagedApp start(Path jar, Path dataDir, String... arguments)
            throws IOException, InterruptedException {
        return start(jar, dataDir, freePort(), arguments);
    }

    static PackagedApp start(Path jar, Path dataDir, int port, String... arguments)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("ddn-app", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-jar", jar.toString(), "--server.port=" + port, "--app.data-dir=" + dataDir));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> copyOutput(process, log, started), "packaged-app-log");
        reader.setDaemon(true);
        reader.start();
        if (!started.await(STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The packaged app did not start; see " + log);
        }
        return new PackagedApp(process, port, log);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Path log() {
        return log;
    }

    /** The app's process id, for tools that watch it from outside (jstat, /proc). */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void copyOutput(Process process, Path log, CountDownLatch started) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Files.writeString(log, line + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
                // Demo data loads right after "Started", so wait for it: the test logs in as a demo user.
                if (line.contains("Loaded demo data") || line.contains("APPLICATION FAILED TO START")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            started.countDown();
        }
    }

    /**
     * A free port: any, or one from {@code -Dbrowser.ports=18560-18599} where several builds share a
     * machine and each keeps to its own range (the app, its SMTP server, the Chromium driver).
     */
    static int freePort() throws IOException {
        String range = System.getProperty("browser.ports", "");
        if (!portRange()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
        String[] bounds = range.split("-");
        int first = Integer.parseInt(bounds[0].trim());
        int size = Integer.parseInt(bounds[1].trim()) - first + 1;
        for (int tried = 0; tried < size; tried++) {
            int port = first + Math.floorMod(NEXT.getAndIncrement(), size);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // taken by another process: try the next one
            }
        }
        throw new IOException("no free port left in browser.ports=" + range);
    }

    /** Whether {@code browser.ports} limits the ports of this run. */
    static boolean portRange() {
        return !System.getProperty("browser.ports", "").isBlank();
    }
}
