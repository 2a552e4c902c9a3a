package de.ddnhamburg.network.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.MemberPrincipal;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers the chosen language: in a cookie for everybody (so guests keep it too) and in the
 * member's account (so mails and other devices use it).
 */
@Component
public class LanguagePreference {

    static final String COOKIE = "ddn-lang";
    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private final AuthenticationContext authentication;
    private final MemberService members;

    LanguagePreference(AuthenticationContext authentication, MemberService members) {
        this.authentication = authentication;
        this.members = members;
    }

    /** The language for a new UI: the cookie first, then the member's setting, else the browser's. */
    public Optional<Locale> remembered(VaadinRequest request) {
        Optional<Locale> fromCookie = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst();
        return fromCookie.or(() -> authentication
                .getAuthenticatedUser(MemberPrincipal.class)
                .map(MemberPrincipal::getLanguage)
                .map(TranslationProvider::supported));
    }

    /** Switches the current UI and remembers the choice. */
    public void choose(Locale locale) {
        Locale language = TranslationProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_MAX_AGE);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        if (authentication.isAuthenticated()) {
            members.changeLanguage(language);
        }
        VaadinSession.getCurrent().setLocale(language);
        UI ui = UI.getCurrent();
        ui.setLocale(language);
        // Every visible text was rendered in the old language; a reload renders all of it anew.
        ui.getPage().reload();
    }
}
