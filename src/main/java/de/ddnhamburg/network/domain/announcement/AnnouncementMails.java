package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.mail.RenderedMail;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The mails of announcements. The frame (greeting, the link to switch announcements off, the
 * footer) comes from the translation bundles in the recipient's language; subject and text are the
 * admin's, placed into it as they are (placeholders are filled in, never read as patterns).
 */
@Component
class AnnouncementMails {

    private final MailOutbox outbox;
    private final PublicLinks links;

    AnnouncementMails(MailOutbox outbox, PublicLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    /** One recipient's mail; the fact key makes it one per announcement and member, whoever queues it. */
    MailRequest toRecipient(long announcementId, AnnouncementText text, MemberIdentity recipient) {
        return MailRequest.of(
                factKey(announcementId, recipient.id()),
                recipient.email(),
                recipient.language(),
                MailTemplate.ANNOUNCEMENT,
                recipient.displayName(),
                text.subject(),
                text.text(),
                switchLink());
    }

    static String factKey(long announcementId, long memberId) {
        return "announcement:" + announcementId + ":" + memberId;
    }

    /**
     * The admin's test mail in their language. Keyed by the editor's request and the text, so that
     * a double click sends one, and each changed text one more.
     */
    MailRequest test(UUID requestKey, AnnouncementDraft draft, MemberIdentity admin) {
        AnnouncementText text = AnnouncementText.of(draft, admin.language());
        return MailRequest.of(
                "announcement.test:" + requestKey + ":" + fingerprint(text),
                admin.email(),
                admin.language(),
                MailTemplate.ANNOUNCEMENT_TEST,
                admin.displayName(),
                text.subject(),
                text.text(),
                switchLink());
    }

    /** The mail as a member of this language would get it, addressed to {@code name}. */
    RenderedMail preview(AnnouncementDraft draft, Locale language, String name) {
        AnnouncementText text = AnnouncementText.of(draft, language);
        return outbox.render(MailTemplate.ANNOUNCEMENT, language, name, text.subject(), text.text(), switchLink());
    }

    /** The account page, where the switch is. Members sign in first if they are not. */
    private String switchLink() {
        return links.page(PublicLinks.ACCOUNT);
    }

    private static String fingerprint(AnnouncementText text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((text.subject() + "\n" + text.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
