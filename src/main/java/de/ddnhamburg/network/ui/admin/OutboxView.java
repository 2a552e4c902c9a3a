package de.ddnhamburg.network.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.mail.MailStatus;
import de.ddnhamburg.network.domain.mail.OutboxAdministration;
import de.ddnhamburg.network.domain.mail.OutboxMailSummary;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every mail of the platform, newest first: whether it went out, and why not. Admins open a mail's
 * text deliberately (it is audited) and send failed mails again.
 */
@Route(value = RoutePaths.OUTBOX, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends Div implements TranslatedTitle {

    private final Grid<OutboxMailSummary> grid = new Grid<>();
    private final GridLazyDataView<OutboxMailSummary> mails;
    private final OutboxMailDetails details;
    private @Nullable MailStatus status;

    public OutboxView(OutboxAdministration outbox) {
        addClassName("outbox-view");
        // Items are identified by the whole record, not its id: a mail whose state changed is a new
        // item, so the grid and the selection never keep showing the old state.
        mails = grid.setItems(
                Paging.pageable(pageable -> outbox.findPage(status, pageable), () -> outbox.count(status)));
        details = new OutboxMailDetails(outbox, this::changed);

        RouterLink back = new RouterLink(getTranslation("admin.title"), SecurityLogView.class);
        back.setId("administration-link");
        add(back, new H1(getTranslation("admin.outbox.title")), new Paragraph(getTranslation("admin.outbox.lead")));
        if (!outbox.deliversToRecipients()) {
            Paragraph logOnly = new Paragraph(getTranslation("admin.outbox.logOnly"));
            logOnly.setId("outbox-log-only");
            logOnly.addClassName("notice");
            add(logOnly);
        }
        configureGrid();
        add(statusFilter(), grid, details);
    }

    private Select<@Nullable MailStatus> statusFilter() {
        Select<@Nullable MailStatus> filter = new Select<>();
        filter.setId("outbox-filter");
        filter.setLabel(getTranslation("admin.outbox.filter"));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("admin.outbox.filter.all"));
        filter.setItems(MailStatus.values());
        filter.setItemLabelGenerator(status -> status == null
                ? getTranslation("admin.outbox.filter.all")
                : getTranslation("admin.outbox.status." + status.name()));
        filter.addValueChangeListener(change -> {
            grid.deselectAll();
            status = change.getValue();
            mails.refreshAll();
        });
        return filter;
    }

    private void configureGrid() {
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OutboxMailSummary::recipient)
                .setHeader(getTranslation("admin.outbox.recipient"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMailSummary::subject).setHeader(getTranslation("admin.outbox.subject"));
        grid.addColumn(mail ->
                        getTranslation("admin.outbox.status." + mail.status().name()))
                .setHeader(getTranslation("admin.outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMailSummary::attempts)
                .setHeader(getTranslation("admin.outbox.attempts"))
                .setAutoWidth(true);
        grid.addColumn(mail -> when(mail.createdAt()))
                .setHeader(getTranslation("admin.outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(mail -> when(mail.sentAt()))
                .setHeader(getTranslation("admin.outbox.sent"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMailSummary::lastError).setHeader(getTranslation("admin.outbox.lastError"));
        grid.setEmptyStateText(getTranslation("admin.outbox.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> details.show(change.getValue()));
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormat.dateTime(instant, getLocale());
    }

    /** After a retry: the list shows the new state, and so do the details. */
    private void changed(OutboxMailSummary mail) {
        mails.refreshAll();
        details.show(mail);
    }

    @Override
    public String titleKey() {
        return "admin.outbox.title";
    }
}
