package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins see of the outbox and may do with it. Mails are personal data: listing shows
 * recipient and subject only, and reading a body is written to the audit log.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OutboxAdministration {

    private final OutboxMailRepository mails;
    private final MailGateway gateway;
    private final AuditService audit;
    private final Clock clock;

    OutboxAdministration(OutboxMailRepository mails, MailGateway gateway, AuditService audit, Clock clock) {
        this.mails = mails;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
    }

    public List<OutboxMailSummary> findPage(@Nullable MailStatus status, Pageable pageable) {
        // Newest first always: the outbox is read to find out what just happened to a mail.
        var page = PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        var result = status == null ? mails.findAll(page) : mails.findByStatus(status, page);
        return result.map(OutboxMail::toSummary).getContent();
    }

    public long count(@Nullable MailStatus status) {
        return status == null ? mails.count() : mails.countByStatus(status);
    }

    /**
     * The mails to one address with the facts they report, oldest first, for the history of a record
     * (the feature picks those whose fact names it). Subjects only, like the list.
     */
    public List<MailFact> factsMailedTo(String recipient) {
        return mails.findByRecipientOrderByCreatedAtAscIdAsc(recipient).stream()
                .map(mail -> new MailFact(mail.getFactKey(), mail.toSummary()))
                .toList();
    }

    /** Whether mails reach their recipients; without an SMTP server they only go to the log. */
    public boolean deliversToRecipients() {
        return gateway.deliversToRecipients();
    }

    /** The full text of a mail. Reading another person's mail is recorded in the audit log. */
    @Transactional
    public OutboxMailContent open(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(NotFoundException::new);
        audit.record(AuditAction.MAIL_OPENED, "mail:" + id, mail.getRecipient());
        return mail.toContent();
    }

    /** Gives a failed mail a fresh series of attempts, starting with the sender's next run. */
    @Transactional
    public OutboxMailSummary retry(long id) {
        OutboxMail mail = mails.findById(id).orElseThrow(NotFoundException::new);
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new DomainException("outbox.retry.notFailed");
        }
        int failedAttempts = mail.getAttempts();
        mail.retry(clock.instant());
        audit.record(
                AuditAction.MAIL_RETRIED,
                "mail:" + id,
                AuditNote.of("audit.note.retried", mail.getRecipient(), failedAttempts));
        return mail.toSummary();
    }
}
