package de.ddnhamburg.network.web;

import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.CurrentUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a plain HTTP answer (a calendar file's texts and its file name), chosen as the
 * pages choose theirs ({@code ui.i18n.LanguagePreference}): a signed-in member's stored language,
 * else the language switch's cookie, else the browser's {@code Accept-Language}, else German. So a
 * file downloaded from an English page is English although the browser asks for German.
 */
@Component("localeResolver")
class RequestLanguage extends AcceptHeaderLocaleResolver {

    /** The cookie {@code ui.i18n.LanguagePreference} sets when someone switches the language. */
    static final String COOKIE = "ddn-lang";

    private final CurrentUser currentUser;
    private final MemberService members;

    RequestLanguage(CurrentUser currentUser, MemberService members) {
        this.currentUser = currentUser;
        this.members = members;
        setSupportedLocales(List.of(Locale.GERMAN, Locale.ENGLISH));
        setDefaultLocale(Locale.GERMAN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (currentUser.memberId().isPresent()) {
            return supported(members.getCurrentMember().language());
        }
        return chosen(request).orElseGet(() -> supported(super.resolveLocale(request)));
    }

    /** English or German, the languages of the bundles. */
    private static Locale supported(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static Optional<Locale> chosen(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(value -> supported(Locale.forLanguageTag(value)))
                .findFirst();
    }
}
