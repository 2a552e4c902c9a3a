package de.ddnhamburg.network.ui.announcement;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.announcement.AnnouncementItem;
import de.ddnhamburg.network.domain.announcement.AnnouncementReadService;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The sent announcements, newest first, with how far each has got ("x von n"). The batches are
 * sent by a job, possibly on another node, so the list asks again every few seconds while it is
 * open, and on "Aktualisieren".
 */
class AnnouncementList extends Section {

    static final int POLL_MILLIS = 5000;

    private final Grid<AnnouncementItem> grid = new Grid<>();
    private final GridLazyDataView<AnnouncementItem> items;
    private @Nullable Registration polling;

    AnnouncementList(AnnouncementReadService reading) {
        setId("announcement-list");
        addClassName("card");
        items = grid.setItems(Paging.pageable(reading::findPage, reading::count));
        grid.setId("announcement-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(item -> DateTimeFormat.dateTime(item.createdAt(), getLocale()))
                .setHeader(getTranslation("announcement.list.when"))
                .setAutoWidth(true);
        grid.addColumn(AnnouncementItem::subject)
                .setHeader(getTranslation("announcement.list.subject"))
                .setTooltipGenerator(AnnouncementItem::subject)
                .setFlexGrow(2);
        grid.addColumn(this::audience)
                .setHeader(getTranslation("announcement.list.audience"))
                .setTooltipGenerator(this::audience)
                .setFlexGrow(2);
        grid.addColumn(AnnouncementItem::author).setHeader(getTranslation("announcement.list.author"));
        grid.addColumn(this::progress)
                .setHeader(getTranslation("announcement.list.progress"))
                .setTooltipGenerator(this::progress)
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("announcement.list.empty"));
        Button refresh = new Button(getTranslation("announcement.list.refresh"), click -> refresh());
        refresh.setId("announcement-refresh");
        add(
                new H2(getTranslation("announcement.list.title")),
                new Paragraph(getTranslation("announcement.list.lead")),
                refresh,
                grid);
    }

    void refresh() {
        items.refreshAll();
    }

    String audience(AnnouncementItem item) {
        StringBuilder text = new StringBuilder(
                getTranslation("announcement.audience.kind." + item.audience().name()));
        if (!item.audienceLabel().isEmpty()) {
            text.append(": ").append(item.audienceLabel());
        }
        if (item.registrationStatus() != null) {
            text.append(" · ")
                    .append(getTranslation("announcement.registrationStatus."
                            + item.registrationStatus().name()));
        }
        return text.toString();
    }

    String progress(AnnouncementItem item) {
        StringBuilder text = new StringBuilder(
                getTranslation("announcement.list.progress." + item.status().name(), item.sent(), item.recipients()));
        if (item.skipped() > 0) {
            text.append(", ").append(getTranslation("announcement.list.skipped", item.skipped()));
        }
        if (item.failed() > 0) {
            text.append(", ").append(getTranslation("announcement.list.failed", item.failed()));
        }
        return text.toString();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
        super.onDetach(detach);
    }
}
