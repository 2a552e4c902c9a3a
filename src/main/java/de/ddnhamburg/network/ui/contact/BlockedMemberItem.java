package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.BlockedMember;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;

/** A member I blocked. Only the name, without a link: the block is about not dealing with them. */
class BlockedMemberItem extends Div {

    BlockedMemberItem(ContactBlockService blocks, BlockedMember blocked, Runnable changed) {
        setId("blocked-" + blocked.memberId());
        addClassNames("card", "contact-card");
        Span name = new Span(blocked.displayName());
        name.addClassName("contact-name");
        Span since = new Span(
                getTranslation("contact.view.blocked.since", DateTimeFormat.date(blocked.since(), getLocale())));
        since.addClassName("contact-meta");
        Div heading = new Div(MemberLinks.avatar(blocked.displayName(), blocked.initials()), new Div(name, since));
        heading.addClassName("contact-heading");

        Button unblock = new Button(
                getTranslation("contact.button.unblock"),
                click -> Confirmation.ask(
                        this, "confirm-unblock", "contact.confirm.unblock.", blocked.displayName(), () -> {
                            blocks.unblock(blocked.memberId());
                            Notices.success("contact.notify.unblocked", blocked.displayName());
                            changed.run();
                        }));
        unblock.setId("unblock-" + blocked.memberId());
        unblock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(unblock);
        actions.addClassName("contact-actions");
        add(heading, actions);
    }
}
