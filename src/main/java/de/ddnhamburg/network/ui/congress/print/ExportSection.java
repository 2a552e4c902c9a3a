package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.domain.congress.export.CongressExportService;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The lists as CSV (for German Excel) and XLSX: participants with filters (needs only when ticked),
 * one list per workshop, the door list and the catering counts.
 */
final class ExportSection extends Div {

    private final CongressExportService exports;
    private final long congressId;
    private final Locale locale;
    private volatile RosterFilter filter = RosterFilter.all();
    private volatile boolean withNeeds;
    private volatile long workshopId;

    ExportSection(CongressExportService exports, RosterCongress congress, Locale locale) {
        this.exports = exports;
        this.congressId = congress.id();
        this.locale = locale;
        setId("print-exports");
        addClassName("print-section");
        add(new H2(getTranslation("congress.print.exports.title")));
        participants(congress);
        workshops(congress);
        add(
                new H3(getTranslation("congress.print.exports.door")),
                new Paragraph(getTranslation("congress.print.exports.doorText")),
                links("export-door", "file.export.door", format -> exports.doorList(congressId, format, locale)));
        add(
                new H3(getTranslation("congress.print.exports.catering")),
                new Paragraph(getTranslation("congress.print.exports.cateringText")),
                links(
                        "export-catering",
                        "file.export.catering",
                        format -> exports.catering(congressId, format, locale)));
    }

    private void participants(RosterCongress congress) {
        RosterFilterFields fields = new RosterFilterFields("export", congress, null, chosen -> filter = chosen);
        Checkbox needs = new Checkbox(getTranslation("congress.print.exports.withNeeds"));
        needs.setId("export-with-needs");
        needs.addValueChangeListener(change -> withNeeds = change.getValue());
        add(
                new H3(getTranslation("congress.print.exports.participants")),
                fields,
                needs,
                links(
                        "export-participants",
                        "file.export.participants",
                        format -> exports.participants(congressId, filter, withNeeds, format, locale)));
    }

    private void workshops(RosterCongress congress) {
        List<RosterCongress.Session> sessions = congress.choiceSessions();
        add(new H3(getTranslation("congress.print.exports.workshops")));
        if (sessions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("congress.print.exports.noWorkshops"));
            none.setId("export-no-workshops");
            add(none);
            return;
        }
        Select<RosterCongress.Session> workshop = new Select<>();
        workshop.setId("export-workshop");
        workshop.setLabel(getTranslation("congress.print.filter.workshop"));
        workshop.setItems(sessions);
        workshop.setWidth("min(36rem, 100%)");
        workshop.setItemLabelGenerator(item ->
                item == null ? "" : DateTimeFormat.appointment(item.startsAt(), getLocale()) + " · " + item.title());
        workshop.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                workshopId = change.getValue().id();
            }
        });
        workshop.setValue(sessions.getFirst());
        add(
                workshop,
                links(
                        "export-workshop",
                        "file.export.workshop",
                        format -> exports.workshop(congressId, workshopId, format, locale)));
    }

    /** @param nameKey the bundle key of the file's name, filled in with the congress's id */
    private Div links(String idPrefix, String nameKey, Function<ExportFormat, byte[]> content) {
        Div links = Downloads.row();
        for (ExportFormat format : ExportFormat.values()) {
            links.add(Downloads.link(
                    idPrefix + "-" + format.extension(),
                    getTranslation(
                            format == ExportFormat.CSV ? "congress.print.exports.csv" : "congress.print.exports.xlsx"),
                    format.fileName(locale, nameKey, congressId),
                    format.contentType(),
                    () -> content.apply(format)));
        }
        return links;
    }
}
