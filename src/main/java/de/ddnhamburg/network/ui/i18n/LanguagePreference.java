package de.ddnhamburg.network.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.member.MemberService;
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

    /** Also read by {@code web.RequestLanguage}, for calendar files downloaded from the pages. */
    static final String COOKIE = "ddn-lang";

    private static final String SESSION_ATTRIBUTE = LanguagePreference.class.getName();
    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private final AuthenticationContext authentication;
    private final MemberService members;

    LanguagePreference(AuthenticationContext authentication, MemberService members) {
        this.authentication = authentication;
        this.members = members;
    }

    /**
     * The language for a new UI: a member's stored choice, else the choice made earlier in this
     * session or remembered in the cookie; empty means the browser's language.
     */
    public Optional<Locale> remembered(VaadinRequest request, VaadinSession session) {
        if (authentication.isAuthenticated()) {
            return Optional.of(members.getCurrentMember().language());
        }
        Optional<Locale> chosenInSession = Optional.ofNullable((Locale) session.getAttribute(SESSION_ATTRIBUTE));
        return chosenInSession.or(() -> Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst());
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
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_ATTRIBUTE, language);
        session.setLocale(language);
        UI ui = UI.getCurrent();
        ui.setLocale(language);
        // Every visible text was rendered in the old language; a reload renders all of it anew.
        ui.getPage().reload();
    }
}
