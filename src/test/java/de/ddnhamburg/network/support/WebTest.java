package de.ddnhamburg.network.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The full application on a random port, for tests over real HTTP ({@link WebClient}). The login
 * throttle's address threshold is high because every request of a test comes from one address.
 * {@link #PROXY} is a trusted reverse proxy: no test but TrustedProxyWebTest connects from it
 * ({@link WebClient#fromAddress}), so for all others the forwarded headers are a client's own and
 * ignored. Every test class that uses exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.security.login-throttle.address-threshold=1000",
            "app.security.proxy.trusted=" + WebTest.PROXY
        })
@ActiveProfiles("test")
@Import({TestClockConfig.class, TestMembers.class})
public @interface WebTest {

    /** The reverse proxy's address: loopback, but not the one {@code localhost} connects from. */
    String PROXY = "127.0.0.2";
}
