package de.ddnhamburg.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An unclosed rule makes the browser drop every rule after it without any error message, which
 * happened once after a merge; so the braces of our stylesheets are checked on every build.
 */
class StylesheetTest {

    @Test
    void every_rule_of_our_stylesheets_is_closed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/META-INF/resources/styles"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".css")).toList()) {
                String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                int line = 1;
                for (int i = 0; i < css.length(); i++) {
                    char c = css.charAt(i);
                    if (c == '\n') {
                        line++;
                    }
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth)
                            .as("%s: a '}' without its '{' near line %d", file, line)
                            .isNotNegative();
                }
                assertThat(depth)
                        .as("%s: rules left open at the end of the file", file)
                        .isZero();
            }
        }
    }
}
