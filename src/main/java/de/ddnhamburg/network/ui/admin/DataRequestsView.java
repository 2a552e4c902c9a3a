package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.privacy.DataRequestSummary;
import de.ddnhamburg.network.domain.privacy.GuestErasure;
import de.ddnhamburg.network.domain.privacy.PersonalDataFile;
import de.ddnhamburg.network.domain.privacy.PersonalDataRequests;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Data requests that arrive by mail or letter: an admin looks up an address, downloads the
 * member's or the guest's data for the answer, and erases a guest's data on request. The service
 * checks the role and records every step in the security log.
 */
@Route(value = RoutePaths.DATA_REQUESTS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class DataRequestsView extends Div implements TranslatedTitle {

    private final PersonalDataRequests requests;
    private final EmailField email = new EmailField();
    private final FieldProblems problems = new FieldProblems(this);
    private final Div result = new Div();

    public DataRequestsView(PersonalDataRequests requests) {
        this.requests = requests;
        addClassName("administration-view");
        email.setId("request-email");
        email.setLabel(getTranslation("admin.requests.email"));
        email.setWidth("min(100%, 28rem)");
        problems.field(PersonalDataRequests.EMAIL, email);
        Button find = new Button(getTranslation("admin.requests.find"), click -> find());
        find.setId("request-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(email, find);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("request-result");
        add(
                new H1(getTranslation("admin.requests.title")),
                new Paragraph(getTranslation("admin.requests.lead")),
                form,
                result);
    }

    private void find() {
        problems.clear();
        try {
            show(requests.find(Objects.requireNonNullElse(email.getValue(), "")));
        } catch (InvalidInputException e) {
            problems.show(e);
            result.removeAll();
        }
    }

    private void show(DataRequestSummary summary) {
        result.removeAll();
        result.add(new H2(getTranslation("admin.requests.for", summary.email())));
        if (summary.memberId() != null) {
            long memberId = summary.memberId();
            result.add(
                    new Paragraph(getTranslation("admin.requests.member", summary.memberName())),
                    download(
                            "member-export",
                            "admin.requests.member.export",
                            () -> requests.exportMember(memberId, getLocale())),
                    new Paragraph(getTranslation("admin.requests.member.erase")));
        } else {
            result.add(new Paragraph(getTranslation("admin.requests.noMember")));
        }
        if (!summary.hasGuestRecords()) {
            result.add(new Paragraph(getTranslation("admin.requests.noGuest")));
            return;
        }
        UnorderedList records = new UnorderedList();
        records.setId("guest-records");
        summary.guestRecords().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> records.add(
                        new ListItem(getTranslation("admin.requests.section." + entry.getKey(), entry.getValue()))));
        String address = summary.email();
        Button erase = new Button(
                getTranslation("admin.requests.guest.erase"),
                click -> Confirmation.ask(
                        this, "confirm-guest-erase", "admin.requests.confirm.erase.", address, () -> erase(address)));
        erase.setId("guest-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        result.add(
                new Paragraph(getTranslation("admin.requests.guest")),
                records,
                download(
                        "guest-export",
                        "admin.requests.guest.export",
                        () -> requests.exportGuest(address, getLocale())),
                new Paragraph(erase));
    }

    private void erase(String address) {
        GuestErasure erased = requests.eraseGuest(address);
        Notices.success("admin.requests.erased", erased.total());
        show(requests.find(address));
    }

    /** The file is made when the link is followed, in that request, by the service that records it. */
    private Paragraph download(String id, String key, Supplier<PersonalDataFile> file) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    PersonalDataFile made = file.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(made.content()),
                            made.fileName(),
                            PersonalDataFile.CONTENT_TYPE,
                            made.content().length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation(key));
        link.setId(id);
        return new Paragraph(link);
    }

    @Override
    public String titleKey() {
        return "admin.requests.title";
    }
}
