package de.ddnhamburg.network.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers count only from a configured proxy; no Spring context needed. */
class TrustedProxyFilterTest {

    private final TrustedProxyFilter filter =
            new TrustedProxyFilter(new ProxyProperties(List.of("10.0.0.5", "10.1.0.0/16")));

    @Test
    void a_trusted_proxy_passes_on_the_client_and_the_scheme() throws Exception {
        ServletRequest seen = filter(request("10.0.0.5", "203.0.113.7", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen.getScheme()).isEqualTo("https");
        assertThat(seen.isSecure()).isTrue();
    }

    @Test
    void a_spoofed_header_from_an_untrusted_address_is_ignored() throws Exception {
        ServletRequest seen = filter(request("198.51.100.9", "203.0.113.7", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.9");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void what_the_client_wrote_left_of_the_proxies_proves_nothing() throws Exception {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxies appended the real address and
        // then their own.
        ServletRequest seen = filter(request("10.0.0.5", "1.2.3.4, 203.0.113.7, 10.1.2.3", null));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void without_configured_proxies_nothing_is_believed() throws Exception {
        TrustedProxyFilter none = new TrustedProxyFilter(new ProxyProperties(List.of()));
        MockFilterChain chain = new MockFilterChain();
        none.doFilter(request("127.0.0.1", "203.0.113.7", "https"), new MockHttpServletResponse(), chain);

        ServletRequest seen = Objects.requireNonNull(chain.getRequest());
        assertThat(seen.getRemoteAddr()).isEqualTo("127.0.0.1");
        assertThat(seen.isSecure()).isFalse();
    }

    private ServletRequest filter(MockHttpServletRequest request) throws IOException, jakarta.servlet.ServletException {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return Objects.requireNonNull(chain.getRequest(), "the chain went on");
    }

    private static MockHttpServletRequest request(
            String remote, String forwardedFor, @org.jspecify.annotations.Nullable String proto) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(remote);
        request.addHeader(TrustedProxyFilter.FORWARDED_FOR, forwardedFor);
        if (proto != null) {
            request.addHeader(TrustedProxyFilter.FORWARDED_PROTO, proto);
        }
        return request;
    }
}
