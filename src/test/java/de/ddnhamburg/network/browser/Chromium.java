package de.ddnhamburg.network.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless. Nothing is downloaded: where they are missing, the
 * browser tests are skipped with a hint, except on CI, where a missing browser fails the run.
 */
final class Chromium {

    static final String INSTALL_HINT =
            "Browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver";

    private Chromium() {}

    /**
     * Skips the calling test (fails it on CI) where Chromium or ChromeDriver is missing; called
     * before anything else starts, so that a machine without a browser does not start the app.
     */
    static void assumeInstalled() {
        if (browser().isEmpty() || driver().isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no browser found. " + INSTALL_HINT);
            }
            System.err.println("SKIPPED browser tests: Chromium not found. " + INSTALL_HINT);
            Assumptions.abort("Chromium not found. " + INSTALL_HINT);
        }
    }

    private static Optional<Path> browser() {
        return find("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Optional<Path> driver() {
        return find("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    static ChromeDriver start() {
        assumeInstalled();
        Optional<Path> browser = browser();
        Optional<Path> driver = driver();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=de-DE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingPort(port())
                .build();
        if (PackagedApp.portRange()) {
            // Chromedriver lets Chromium pick its DevTools port unless told one.
            options.addArguments("--remote-debugging-port=" + port());
        }
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static int port() {
        try {
            return PackagedApp.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lets the browser save downloads, without asking, into a new directory, which comes back: a
     * test then finds there what a user would have found in their download folder.
     */
    static Path allowDownloads(ChromeDriver chrome) throws IOException {
        Path dir = Files.createTempDirectory("ddn-downloads");
        chrome.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        return dir;
    }

    private static Optional<Path> find(String environmentVariable, String... candidates) {
        return Stream.concat(Stream.ofNullable(System.getenv(environmentVariable)), Stream.of(candidates))
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toAbsolutePath);
    }

    static File screenshotDir() {
        File dir = new File(System.getProperty("screenshot.dir", "target/screenshots"));
        dir.mkdirs();
        return dir;
    }
}
