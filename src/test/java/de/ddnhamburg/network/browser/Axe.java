package de.ddnhamburg.network.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, Deque's accessibility engine, run in the page. Deque's Java integration is not served
 * here, so the build downloads the npm package {@code axe-core} (version in the pom) into
 * {@code target/axe} and failsafe names its script in {@code axe.script}; this injects it and runs
 * the WCAG 2.1 A and AA rules, including the experimental ones among them (such as
 * {@code label-content-name-mismatch}), and reports only violations.
 */
final class Axe {

    /** The impacts that fail the sweep. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    // Experimental rules run only when their tag is asked for, so they are asked for and the result is
    // cut back to the WCAG tags afterwards.
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const wcag = arguments[0];
            axe.run(document, {
                runOnly: {type: 'tag', values: wcag.concat(['experimental'])},
                resultTypes: ['violations']
            }).then(result => done(result.violations
                    .filter(v => v.tags.some(tag => wcag.includes(tag)))
                    .map(v => ({
                        id: v.id,
                        impact: v.impact || 'unknown',
                        nodes: v.nodes.map(n => n.target.join(' ') + (n.failureSummary
                                ? ' | ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))
                    }))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));
            """;

    private final String script;

    private Axe(String script) {
        this.script = script;
    }

    /** The script the build fetched; skips the test with a hint where it is missing, except on CI. */
    static Axe load() throws IOException {
        Path path = Path.of(System.getProperty("axe.script", "target/axe/package/axe.min.js"));
        if (!Files.isRegularFile(path)) {
            String hint = "No axe-core script at " + path + "; ./mvnw verify downloads it before the browser tests.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(hint);
            }
            Assumptions.abort(hint);
        }
        return new Axe(Files.readString(path, StandardCharsets.UTF_8));
    }

    /** One rule broken on a page: the rule, how bad axe rates it, and where (CSS path and summary). */
    record Violation(String rule, String impact, List<String> nodes) {

        boolean failing() {
            return FAILING.contains(impact);
        }
    }

    /** Runs the rules on the page as it is now; the script is injected once per page load. */
    List<Violation> check(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(script);
        }
        Object raw = browser.executeAsyncScript(RUN, WCAG_TAGS);
        List<Violation> violations = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> map = (Map<?, ?>) item;
                List<String> nodes = new ArrayList<>();
                for (Object node : (List<?>) map.get("nodes")) {
                    nodes.add(String.valueOf(node));
                }
                violations.add(new Violation(String.valueOf(map.get("id")), String.valueOf(map.get("impact")), nodes));
            }
        }
        return violations;
    }
}
