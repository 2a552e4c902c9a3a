package de.ddnhamburg.network.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context with a real SMTP server (GreenMail, in this JVM). Test classes that need
 * real mail extend this class, so that they share this context instead of starting one each.
 *
 * <p>It also sets {@code app.membership.approval-required=true}, the non-default setting of
 * joining, so that both settings are tested without a third context. Classes here must deliver
 * every mail they queue: the sender delivers all due mails of this database.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "app.mail.from=ddn Hamburg <no-reply@ddn-hamburg.de>",
            "app.membership.approval-required=true",
            // Its own database: the other test contexts queue mails too, and this sender must not
            // deliver theirs (nor theirs this context's).
            "spring.datasource.url=jdbc:h2:mem:ddn-smtp-test;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
        })
@ActiveProfiles("test")
@Import({TestClockConfig.class, TestMembers.class})
public abstract class SmtpContext {

    protected static final int SMTP_PORT = freePort();

    /** Started before and stopped after each test; a test may stop it in between to play an outage. */
    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
