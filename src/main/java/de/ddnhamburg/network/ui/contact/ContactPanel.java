package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.ContactState;
import de.ddnhamburg.network.domain.contact.ContactStatus;
import de.ddnhamburg.network.domain.member.Commonalities;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * On another member's profile: how I stand with them, and what I can do about it. Offers exactly
 * what the service would allow; the service checks again anyway.
 */
public class ContactPanel extends Div {

    private final ContactReadService contacts;
    private final ContactRequestService requests;
    private final ContactBlockService blocks;
    private final MemberProfileService profiles;
    private final ProfileDetails member;
    private final @Nullable Commonalities shared;
    private final Runnable relationshipChanged;

    /** @param relationshipChanged called when the member's details for me change (accepted, blocked) */
    public ContactPanel(
            ContactReadService contacts,
            ContactRequestService requests,
            ContactBlockService blocks,
            MemberProfileService profiles,
            ProfileDetails member,
            @Nullable Commonalities shared,
            Runnable relationshipChanged) {
        this.contacts = contacts;
        this.requests = requests;
        this.blocks = blocks;
        this.profiles = profiles;
        this.member = member;
        this.shared = shared;
        this.relationshipChanged = relationshipChanged;
        setId("contact-panel");
        addClassName("contact-panel");
        refresh();
    }

    private void refresh() {
        removeAll();
        ContactState state = contacts.stateWith(member.id());
        switch (state.status()) {
            case NONE ->
                add(button(
                        "contact-request-button",
                        "contact.button.request",
                        ButtonVariant.LUMO_PRIMARY,
                        this::openDialog));
            case REQUEST_SENT ->
                add(
                        state("contact.state.sent"),
                        button(
                                "withdraw-request",
                                "contact.button.withdraw",
                                ButtonVariant.LUMO_TERTIARY,
                                () -> withdraw(Objects.requireNonNull(state.requestId()))));
            case REQUEST_RECEIVED ->
                add(
                        state("contact.state.received"),
                        button(
                                "accept-request",
                                "contact.button.accept",
                                ButtonVariant.LUMO_PRIMARY,
                                () -> accept(Objects.requireNonNull(state.requestId()))),
                        readRequestLink());
            case CONTACTS -> add(contactBadge());
            case BLOCKED_BY_ME ->
                add(
                        state("contact.state.blockedByMe"),
                        button("unblock-member", "contact.button.unblock", ButtonVariant.LUMO_TERTIARY, this::unblock));
            case UNAVAILABLE -> add(state("contact.state.unavailable"));
            case SELF -> {
                return;
            }
        }
        if (state.status() != ContactStatus.BLOCKED_BY_ME) {
            Button block = button("block-member", "contact.button.block", ButtonVariant.LUMO_TERTIARY, this::block);
            block.addThemeVariants(ButtonVariant.LUMO_ERROR);
            block.addClassName("contact-block");
            add(block);
        }
    }

    private void openDialog() {
        new ContactRequestDialog(
                        requests,
                        member,
                        shared,
                        FirstContactSuggestion.of(this, profiles.getOwnProfile(), shared),
                        sent -> refresh())
                .open();
    }

    private void withdraw(long requestId) {
        Confirmation.ask(this, "confirm-withdraw", "contact.confirm.withdraw.", member.displayName(), () -> {
            requests.withdraw(requestId);
            Notices.success("contact.notify.withdrawn", member.displayName());
            refresh();
        });
    }

    private void accept(long requestId) {
        requests.accept(requestId);
        Notices.success("contact.notify.accepted", member.displayName());
        ContactsChanged.fire();
        relationshipChanged.run();
    }

    private void block() {
        Confirmation.ask(this, "confirm-block", "contact.confirm.block.", member.displayName(), () -> {
            blocks.block(member.id());
            Notices.success("contact.notify.blocked", member.displayName());
            ContactsChanged.fire();
            relationshipChanged.run();
        });
    }

    private void unblock() {
        Confirmation.ask(this, "confirm-unblock", "contact.confirm.unblock.", member.displayName(), () -> {
            blocks.unblock(member.id());
            Notices.success("contact.notify.unblocked", member.displayName());
            refresh();
        });
    }

    private Span state(String key) {
        Span text = new Span(getTranslation(key, member.displayName()));
        text.setId("contact-state");
        text.addClassName("contact-state");
        return text;
    }

    private Span contactBadge() {
        Span badge = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("contact.state.contacts")));
        badge.setId("contact-state");
        badge.getElement().getThemeList().add("badge success pill");
        return badge;
    }

    private RouterLink readRequestLink() {
        RouterLink link = new RouterLink(getTranslation("contact.button.readRequest"), ContactsView.class);
        link.setId("read-request");
        return link;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }
}
