package de.ddnhamburg.network.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
// Method security for the services' @PreAuthorize only; no service uses the JSR-250 annotations.
// Views and layouts carry @PermitAll / @RolesAllowed / @AnonymousAllowed for Vaadin's navigation
// check, which reads them itself; with jsr250Enabled Spring would also wrap every view and layout in
// a CGLIB method-security proxy, built at each navigation and intercepting every call Vaadin makes
// on them, which guards nothing the navigation check does not and cost about a tenth of the CPU per
// journey (docs/benchmarks.md, "CPU per journey"). The proxy also hid view reuse in the Karibu tests
// (Karibu's instantiator does not see through it, so every navigation built new views there, while
// the running app reused them); see docs/decisions/002-security-baseline.md.
@EnableMethodSecurity
class SecurityConfig {

    /**
     * A baseline policy Vaadin can live with: Flow needs inline styles and eval, so a strict
     * nonce-based policy is not possible (see docs/decisions/002-security-baseline.md).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            // 'self' covers the WebSocket of Vaadin's push to the own origin (CSP Level 3).
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    /** Knows every signed-in session, so that suspending a member or changing roles can end theirs. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the servlet container destroys a session, so it does not keep it forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Before every other filter, Spring Security's included, so that all of them see the client
     * behind a trusted proxy (and only behind one).
     */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(ProxyProperties proxies) {
        FilterRegistrationBean<TrustedProxyFilter> registration =
                new FilterRegistrationBean<>(new TrustedProxyFilter(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            AuditService audit,
            SessionRegistry sessionRegistry,
            MemberService members,
            ObjectProvider<SecurityContextHolderStrategy> contextStrategies)
            throws Exception {
        // No limit on sessions per member; the registry only records them, and an expired one is
        // logged out at its next request and sent to the login page.
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/" + RoutePaths.LOGIN));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/images/**", "/styles/**", "/favicon.ico")
                .permitAll()
                // Calendar files (web.CalendarController): feeds are opened by calendar programs
                // without a login, by their secret or as the public feed; an event's file respects
                // the signed-in caller. EventCalendarService decides what each may see.
                .requestMatchers(
                        HttpMethod.GET,
                        "/" + PublicLinks.CALENDAR_EVENT_FILE + "*",
                        "/" + PublicLinks.CALENDAR_PUBLIC_FEED,
                        "/" + PublicLinks.CALENDAR_PERSONAL_FEED + "*",
                        // Group feeds (web.GroupCalendarController, GroupCalendarService).
                        "/" + PublicLinks.CALENDAR_GROUP_FEED + "*",
                        "/" + PublicLinks.CALENDAR_GROUP_PERSONAL_FEED + "*",
                        // Congress programme files (web.CongressCalendarController, CongressCalendarService).
                        "/" + PublicLinks.CALENDAR_CONGRESS_FILE + "**")
                .permitAll());
        // Every signed-in request asks the database whether its session still holds the member's
        // rights, so ending sessions works on every node, not only through this node's registry.
        // It reads the security context through this application's strategy, the one the filter
        // chain fills (Vaadin's bean), not the JVM-wide holder, which the last context started sets.
        http.addFilterAfter(
                new SessionValidityFilter(
                        members, contextStrategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                // Vaadin writes its page in a way that skips headers added only at commit time.
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
        });
        http.with(
                vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .defaultSuccessUrl("/start", false)
                        // Every other path reaches Vaadin, which denies each route without an access annotation
                        // and answers unknown addresses with its translated 404 page instead of a login prompt.
                        // Plain HTTP endpoints get explicit rules above (see docs/decisions/002-security-baseline.md).
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }
}
