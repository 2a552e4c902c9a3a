package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.ddnhamburg.network.domain.member.AdminMemberDetails;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One member as the administration sees it: every stored detail, hidden ones included (loaded once
 * per opening, which the service audits), and the actions the member's status allows.
 */
class MemberAdminPanel extends Div {

    private final MemberAdministrationService members;
    private final Consumer<AdminMemberRow> changed;
    private final Div account = new Div();
    private final Div actions = new Div();
    private final Div profile = new Div();

    MemberAdminPanel(MemberAdministrationService members, Consumer<AdminMemberRow> changed) {
        this.members = members;
        this.changed = changed;
        setId("member-details");
        addClassName("member-details");
        add(new Paragraph(getTranslation("admin.members.select")));
    }

    void show(AdminMemberRow row) {
        AdminMemberDetails details = members.details(row.id(), getLocale());
        removeAll();
        profile.removeAll();
        showProfile(details);
        update(details.account());
        add(account, actions, profile);
    }

    /**
     * The member's name as admins read it. A deleted account keeps the placeholder name "Gelöschtes
     * Mitglied" in its row (for the records that must stay); it is shown in the admin's language.
     */
    static String shownName(Component page, AdminMemberRow row) {
        return row.status() == MemberStatus.DELETED
                ? page.getTranslation("admin.members.deletedName")
                : row.displayName();
    }

    /** After an action: the new state and its actions; the details already read stay as they are. */
    private void update(AdminMemberRow row) {
        account.removeAll();
        H2 name = new H2(shownName(this, row));
        name.setId("member-details-name");
        account.add(
                name,
                field("admin.members.email", row.email()),
                field(
                        "admin.members.status",
                        getTranslation("admin.members.status." + row.status().name())),
                field(
                        "admin.members.roles",
                        String.join(
                                ", ",
                                row.roles().stream()
                                        .sorted()
                                        .map(role -> getTranslation("admin.members.role." + role))
                                        .toList())));
        actions.removeAll();
        actions.add(statusActions(row), roleActions(row));
    }

    private Component statusActions(AdminMemberRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (row.status() == MemberStatus.PENDING_APPROVAL) {
            buttons.add(action(
                    "member-approve",
                    "admin.members.approve",
                    ButtonVariant.LUMO_PRIMARY,
                    () -> act(members::approve, row, "admin.members.approved")));
            buttons.add(action(
                    "member-reject",
                    "admin.members.reject",
                    ButtonVariant.LUMO_ERROR,
                    () -> Confirmation.ask(
                            this,
                            "confirm-reject",
                            "admin.members.confirm.reject.",
                            row.displayName(),
                            () -> act(members::reject, row, "admin.members.rejected"))));
        } else if (row.status() == MemberStatus.ACTIVE) {
            buttons.add(action(
                    "member-suspend",
                    "admin.members.suspend",
                    ButtonVariant.LUMO_ERROR,
                    () -> Confirmation.ask(
                            this,
                            "confirm-suspend",
                            "admin.members.confirm.suspend.",
                            row.displayName(),
                            () -> act(members::suspend, row, "admin.members.suspended"))));
        } else if (row.status() == MemberStatus.SUSPENDED) {
            buttons.add(action(
                    "member-reactivate",
                    "admin.members.reactivate",
                    ButtonVariant.LUMO_PRIMARY,
                    () -> act(members::reactivate, row, "admin.members.reactivated")));
        }
        return buttons;
    }

    private Component roleActions(AdminMemberRow row) {
        Checkbox admin = roleBox("member-admin-role", Roles.ADMIN, row);
        // The congress door: opens the check-in view and nothing else (helpers at the desk).
        Checkbox checkIn = roleBox("member-check-in-role", Roles.CHECK_IN, row);
        Button save = action("member-save-roles", "admin.members.saveRoles", ButtonVariant.LUMO_TERTIARY, () -> {
            Set<String> roles = new HashSet<>(Set.of(Roles.MEMBER));
            if (admin.getValue()) {
                roles.add(Roles.ADMIN);
            }
            if (checkIn.getValue()) {
                roles.add(Roles.CHECK_IN);
            }
            String question = admin.getValue() != row.roles().contains(Roles.ADMIN)
                    ? (admin.getValue() ? "admin.members.confirm.grantAdmin." : "admin.members.confirm.revokeAdmin.")
                    : (checkIn.getValue()
                            ? "admin.members.confirm.grantCheckIn."
                            : "admin.members.confirm.revokeCheckIn.");
            Confirmation.ask(
                    this,
                    "confirm-roles",
                    question,
                    row.displayName(),
                    () -> act(id -> members.changeRoles(id, roles), row, "admin.members.rolesChanged"));
        });
        save.setEnabled(false);
        Runnable changed = () -> save.setEnabled(admin.getValue() != row.roles().contains(Roles.ADMIN)
                || checkIn.getValue() != row.roles().contains(Roles.CHECK_IN));
        admin.addValueChangeListener(change -> changed.run());
        checkIn.addValueChangeListener(change -> changed.run());
        HorizontalLayout layout = new HorizontalLayout(admin, checkIn, save);
        layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        layout.setWrap(true);
        return new Div(new H3(getTranslation("admin.members.roles")), layout);
    }

    private Checkbox roleBox(String id, String role, AdminMemberRow row) {
        Checkbox box = new Checkbox(
                getTranslation("admin.members.role." + role), row.roles().contains(role));
        box.setId(id);
        return box;
    }

    private void act(LongFunction<AdminMemberRow> action, AdminMemberRow row, String successKey) {
        AdminMemberRow result = action.apply(row.id());
        Notices.success(successKey, result.displayName());
        update(result);
        changed.accept(result);
    }

    private Button action(String id, String labelKey, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), click -> onClick.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void showProfile(AdminMemberDetails details) {
        Paragraph note = new Paragraph(getTranslation("admin.members.auditNote"));
        note.addClassName("notice");
        profile.add(
                new H3(getTranslation("admin.members.profile")),
                note,
                field(
                        "admin.members.language",
                        getTranslation(
                                "admin.members.language." + details.language().getLanguage())),
                field("profile.field.label.title", details.title()),
                field(
                        "profile.field.label.organisation",
                        visible(
                                details,
                                ProfileField.ORGANISATION,
                                details.account().organisation())),
                field("profile.field.label.position", visible(details, ProfileField.POSITION, details.position())),
                field(
                        "profile.field.label.district",
                        visible(
                                details,
                                ProfileField.DISTRICT,
                                details.district() == null
                                        ? null
                                        : getTranslation(
                                                "district." + details.district().name()))),
                field("profile.field.label.bio", visible(details, ProfileField.BIO, details.bio())),
                field(
                        "profile.field.label.topics",
                        visible(details, ProfileField.TOPICS, String.join(", ", details.topics()))),
                field(
                        "profile.field.label.expertise",
                        visible(details, ProfileField.EXPERTISE, String.join(", ", details.expertise()))),
                field("profile.field.label.website", visible(details, ProfileField.LINKS, details.website())),
                field("profile.field.label.linkedin", visible(details, ProfileField.LINKS, details.linkedin())),
                field("profile.field.label.xing", visible(details, ProfileField.LINKS, details.xing())),
                field("profile.field.label.phone", visible(details, ProfileField.PHONE, details.phone())),
                field("admin.members.emailVisibility", visibilityOf(details, ProfileField.EMAIL)),
                field(
                        "admin.members.listed",
                        getTranslation(details.listedInDirectory() ? "admin.members.yes" : "admin.members.no")));
    }

    /** The value, and who the member lets see it, so that the admin knows what is hidden. */
    private @Nullable String visible(AdminMemberDetails details, ProfileField field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return getTranslation("admin.members.visibleTo", value, visibilityOf(details, field));
    }

    private String visibilityOf(AdminMemberDetails details, ProfileField field) {
        return getTranslation("visibility."
                + details.visibility()
                        .getOrDefault(field, field.defaultVisibility())
                        .name());
    }

    private Component field(String labelKey, @Nullable String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("field-label");
        Span text = new Span(value == null || value.isBlank() ? "–" : value);
        return new Div(label, text);
    }
}
