package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.GuestDataSection;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The mails to a guest's address, for an admin's answer to a data request; erased with the guest. */
@Component
@Order(91)
class MailGuestData implements GuestDataSection {

    private final OutboxMailRepository mails;

    MailGuestData(OutboxMailRepository mails) {
        this.mails = mails;
    }

    @Override
    public String name() {
        return "mails";
    }

    @Override
    public int count(String email) {
        return mails.findByRecipientOrderByCreatedAtAscIdAsc(email).size();
    }

    @Override
    public List<MailPersonalData.MailItem> export(String email) {
        return mails.findByRecipientOrderByCreatedAtAscIdAsc(email).stream()
                .map(OutboxMail::toPersonalData)
                .toList();
    }

    @Override
    public int erase(String email) {
        return mails.deleteByRecipient(email);
    }

    @Override
    public boolean sharedWithAccounts() {
        return true;
    }
}
