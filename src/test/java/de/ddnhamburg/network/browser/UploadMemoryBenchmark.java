package de.ddnhamburg.network.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The figure for issue 12: the server's memory while 5 uploads of 1 GB each are attempted at once
 * to the photo upload of the packaged application. Headless Chromium logs in and opens the
 * profile, so that the upload address is the real one of a real UI; the uploads themselves are
 * sent by an HTTP client with that session, because a browser would refuse the file by the hint
 * first ({@code setMaxFileSize}) and never send it.
 *
 * <p>Four ways, 5 at once each: the raw body Vaadin's upload sends, with its size declared and
 * without (chunked, as a client that lies about or hides the size would), and the same as
 * multipart. {@code jstat} samples the server's heap every 250 ms, {@code /proc} its resident size.
 * Writes {@code target/benchmark/upload-memory.md}. Needs the packaged jar ({@code ./mvnw package});
 * run with {@code ./mvnw -Pbench verify -Dtest=UploadMemoryBenchmark} (docs/benchmarks.md).
 */
class UploadMemoryBenchmark {

    private static final long ONE_GB = 1024L * 1024 * 1024;
    private static final int CONCURRENT = 5;
    private static final long MB = 1024 * 1024;

    @AutoClose
    private static BrowserJourney journey;

    private record Outcome(String status, long bytesSent, Duration took) {}

    private record Phase(String name, List<Outcome> outcomes, long heapBeforeMb, long heapMaxMb, long rssMaxMb) {}

    @Test
    void five_concurrent_one_gigabyte_uploads_are_refused_early_and_the_heap_stays_flat() throws Exception {
        assumeThat(PackagedApp.jar()).as("the packaged jar (./mvnw package)").exists();
        journey = BrowserJourney.start();
        journey.logIn("admin@ddn-hamburg.de", "ddn-demo-passwort");
        journey.open("/profil");
        journey.until(ExpectedConditions.presenceOfElementLocated(By.id("photo-upload")));
        String target = (String) journey.browser()
                .executeScript("return document.getElementById('photo-upload').getAttribute('target');");
        Cookie session = journey.browser().manage().getCookieNamed("JSESSIONID");
        assertThat(target).as("upload address").isNotBlank();
        URI upload = URI.create(journey.app().url("/")).resolve(target);

        long pid = journey.app().pid();
        HeapSampler heap = HeapSampler.start(pid);
        try {
            Thread.sleep(3000);
            List<Phase> phases = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            for (String way :
                    List.of("raw, size declared", "raw, chunked", "multipart, size declared", "multipart, chunked")) {
                long before = heap.maxSince(System.nanoTime() - TimeUnit.SECONDS.toNanos(3));
                long start = System.nanoTime();
                List<CompletableFuture<Outcome>> running = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    running.add(CompletableFuture.supplyAsync(() -> send(http, upload, session, way)));
                }
                List<Outcome> outcomes =
                        running.stream().map(CompletableFuture::join).toList();
                Thread.sleep(1000); // what the server does right after answering counts too
                phases.add(new Phase(way, outcomes, before, heap.maxSince(start), rssMb(pid)));
            }
            Files.createDirectories(Path.of("target/benchmark"));
            String report = report(phases, heap);
            Files.writeString(Path.of("target/benchmark/upload-memory.md"), report);
            System.out.println(report);

            for (Phase phase : phases) {
                assertThat(phase.outcomes()).as(phase.name()).allSatisfy(outcome -> {
                    assertThat(outcome.status()).as("refused").doesNotStartWith("200 accepted");
                    assertThat(outcome.bytesSent())
                            .as("the server stopped reading early")
                            .isLessThan(64 * MB);
                });
                assertThat(phase.heapMaxMb() - phase.heapBeforeMb())
                        .as("%s: heap growth in MB", phase.name())
                        .isLessThan(256);
            }
        } finally {
            heap.close();
        }
    }

    /** One upload of 1 GB of zeros, made while it is sent; how far it got and what came back. */
    private static Outcome send(HttpClient http, URI upload, Cookie session, String way) {
        boolean multipart = way.startsWith("multipart");
        boolean declared = way.endsWith("declared");
        String boundary = "----ddnBenchmarkBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\""
                        + "\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = multipart ? head.length + ONE_GB + tail.length : ONE_GB;
        AtomicLong sent = new AtomicLong();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(
                () -> new Zeros(multipart ? head : new byte[0], ONE_GB, multipart ? tail : new byte[0], sent));
        if (declared) {
            body = HttpRequest.BodyPublishers.fromPublisher(body, length);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(upload)
                .timeout(Duration.ofMinutes(3))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .POST(body);
        if (multipart) {
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        } else {
            request.header("Content-Type", "image/jpeg").header("X-Filename", "huge.jpg");
        }
        long start = System.nanoTime();
        String status;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body().replaceAll("\\s+", " ").strip();
            status = response.statusCode() + " " + (text.length() > 80 ? text.substring(0, 80) + "…" : text);
        } catch (IOException e) {
            status = "connection closed by the server (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "interrupted";
        }
        return new Outcome(status, sent.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String report(List<Phase> phases, HeapSampler heap) {
        StringBuilder out = new StringBuilder();
        out.append("# Memory while 5 concurrent 1 GB photo uploads are attempted\n\n");
        out.append("Heap used by the packaged app (jstat, every 250 ms) before each round (max of the 3 s\n")
                .append("before) and at most during it; resident size (RSS) after it. Per upload: the answer,\n")
                .append("how much of the 1 GB the server took before it answered or closed, and how long it took.\n\n");
        out.append(
                "| Upload | heap before (MB) | heap max during (MB) | RSS after (MB) | answers | sent per upload (MB, max) | time (s, max) |\n");
        out.append("|---|---:|---:|---:|---|---:|---:|\n");
        for (Phase phase : phases) {
            long maxSent = phase.outcomes().stream()
                    .mapToLong(Outcome::bytesSent)
                    .max()
                    .orElse(0);
            double maxSeconds = phase.outcomes().stream()
                            .mapToLong(o -> o.took().toMillis())
                            .max()
                            .orElse(0)
                    / 1000.0;
            String answers = String.join(
                    "; ",
                    phase.outcomes().stream().map(Outcome::status).distinct().toList());
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %s | %.1f | %.1f |%n",
                    phase.name(),
                    phase.heapBeforeMb(),
                    phase.heapMaxMb(),
                    phase.rssMaxMb(),
                    answers.replace("|", "/"),
                    maxSent / (double) MB,
                    maxSeconds));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nHeap samples: %d; max heap used over the whole run: %d MB.%n",
                heap.count(),
                heap.maxSince(0)));
        return out.toString();
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** A body of zeros between a head and a tail, made as it is read; counts what was taken. */
    private static final class Zeros extends InputStream {
        private final byte[] head;
        private final long zeros;
        private final byte[] tail;
        private final AtomicLong taken;
        private long position;

        Zeros(byte[] head, long zeros, byte[] tail, AtomicLong taken) {
            this.head = head;
            this.zeros = zeros;
            this.tail = tail;
            this.taken = taken;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long total = head.length + zeros + tail.length;
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < head.length
                        ? head[(int) at]
                        : at < head.length + zeros ? 0 : tail[(int) (at - head.length - zeros)];
            }
            position += n;
            taken.addAndGet(n);
            return n;
        }
    }

    /** {@code jstat -gc <pid> 250} in the background: heap used = survivors + eden + old. */
    private static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final List<long[]> samples = new CopyOnWriteArrayList<>(); // {nanoTime, usedMb}

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
        }

        static HeapSampler start(long pid) throws IOException {
            String tool =
                    Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
            Process process = new ProcessBuilder(tool, "-gc", String.valueOf(pid), "250")
                    .redirectErrorStream(true)
                    .start();
            HeapSampler sampler = new HeapSampler(process);
            Thread reader = new Thread(sampler::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
            return sampler;
        }

        private void read() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> columns = List.of();
                String line;
                while ((line = in.readLine()) != null) {
                    String[] fields = line.strip().split("\\s+");
                    if (fields.length > 0 && fields[0].equals("S0C")) {
                        columns = Arrays.asList(fields);
                        continue;
                    }
                    if (columns.isEmpty() || fields.length != columns.size()) {
                        continue;
                    }
                    double usedKb = 0;
                    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                        usedKb += Double.parseDouble(fields[columns.indexOf(column)].replace(',', '.'));
                    }
                    samples.add(new long[] {System.nanoTime(), Math.round(usedKb / 1024)});
                }
            } catch (IOException | RuntimeException e) {
                // The app ended; the samples so far stand.
            }
        }

        long maxSince(long nanoTime) {
            return samples.stream()
                    .filter(sample -> sample[0] >= nanoTime)
                    .mapToLong(sample -> sample[1])
                    .max()
                    .orElse(-1);
        }

        int count() {
            return samples.size();
        }

        @Override
        public void close() {
            jstat.destroy();
        }
    }
}
