package de.ddnhamburg.network.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the client's address and scheme from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}, but only for a request that arrives from a configured proxy
 * ({@link ProxyProperties}); from any other address the headers are ignored, since a client can
 * write them. The client is the right-most address of {@code X-Forwarded-For} that is not a trusted
 * proxy itself: entries left of it were written by the client and prove nothing. Runs before
 * Spring Security, so the login throttle, rate limits, the security log and HSTS see the real
 * client and scheme.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final List<IpAddressMatcher> proxies;

    TrustedProxyFilter(ProxyProperties properties) {
        this.proxies = properties.trusted().stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Forwarded(request, clientOf(request), schemeOf(request)), response);
    }

    private boolean trusted(String address) {
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private String clientOf(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : java.util.Collections.list(request.getHeaders(FORWARDED_FOR))) {
            Arrays.stream(header.split(",", -1))
                    .map(String::strip)
                    .filter(hop -> !hop.isEmpty())
                    .forEach(hops::add);
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? request.getRemoteAddr() : hops.get(0);
    }

    private static @Nullable String schemeOf(HttpServletRequest request) {
        String proto = request.getHeader(FORWARDED_PROTO);
        if (proto == null) {
            return null;
        }
        String first = proto.split(",", -1)[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") || first.equals("http") ? first : null;
    }

    /** The request as the client sent it to the proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final @Nullable String scheme;

        Forwarded(HttpServletRequest request, String client, @Nullable String scheme) {
            super(request);
            this.client = client;
            this.scheme = scheme;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme != null ? scheme : super.getScheme();
        }

        @Override
        public boolean isSecure() {
            return scheme != null ? scheme.equals("https") : super.isSecure();
        }
    }
}
