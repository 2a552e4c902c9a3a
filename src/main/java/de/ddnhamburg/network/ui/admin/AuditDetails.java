package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.ddnhamburg.network.domain.audit.AuditNote;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The details of a security log entry in the admin's language. The services store a note of the
 * bundles ({@link AuditNote}); entries written before that hold short English notes, of which the
 * known ones are shown from the translation files; anything else (titles, addresses, ids, file
 * types) is data and shown as stored.
 */
public final class AuditDetails {

    private static final Map<String, String> FIXED = Map.of(
            "no account", "audit.detail.noAccount",
            "new registration", "audit.detail.newRegistration",
            "address in use, owner notified", "audit.detail.addressInUse",
            "mail limit reached, ignored", "audit.detail.mailLimit",
            "unconfirmed registration replaced", "audit.detail.registrationReplaced",
            "unconfirmed, confirmation link sent again", "audit.detail.confirmationResent",
            "suspended, ignored", "audit.detail.suspendedIgnored",
            "rejected, ignored", "audit.detail.rejectedIgnored",
            "link sent", "audit.detail.linkSent");

    private static final Pattern TO_IN_USE = Pattern.compile("to (\\S+) \\(in use, owner notified\\)");
    private static final Pattern TO = Pattern.compile("to (\\S+)");
    private static final Pattern FROM = Pattern.compile("from (\\S+)");
    private static final Pattern WAIT = Pattern.compile("wait (\\d+) s");

    private AuditDetails() {}

    public static @Nullable String text(Component translator, @Nullable String details) {
        if (details == null) {
            return null;
        }
        Optional<String> note = AuditNote.text(details, UI.getCurrent().getLocale());
        if (note.isPresent()) {
            return note.get();
        }
        String key = FIXED.get(details);
        if (key != null) {
            return translator.getTranslation(key);
        }
        BiFunction<String, String, String> translate = translator::getTranslation;
        for (Map.Entry<Pattern, String> pattern : Map.of(
                        TO_IN_USE, "audit.detail.toInUse",
                        TO, "audit.detail.to",
                        FROM, "audit.detail.from",
                        WAIT, "audit.detail.wait")
                .entrySet()) {
            Matcher matcher = pattern.getKey().matcher(details);
            if (matcher.matches()) {
                return translate.apply(pattern.getValue(), matcher.group(1));
            }
        }
        return details;
    }
}
