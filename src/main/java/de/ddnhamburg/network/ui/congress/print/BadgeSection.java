package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.domain.congress.print.BadgeHolder;
import de.ddnhamburg.network.domain.congress.print.CongressBadgeService;
import java.util.ArrayList;
import java.util.List;

/**
 * Name badges: a sheet for everyone the filter takes (confirmed participants unless chosen
 * otherwise), with the number it will hold, and one badge found by name, organisation or ticket
 * code for a reprint at the desk (a hand scanner types the code and Enter).
 */
final class BadgeSection extends Div {

    private final CongressBadgeService badges;
    private final long congressId;
    private final Paragraph count = new Paragraph();
    private final Anchor sheet;
    private final TextField search = new TextField();
    private final UnorderedList found = new UnorderedList();
    private final Paragraph nobody = new Paragraph();
    private volatile RosterFilter filter = RosterFilter.confirmed();

    BadgeSection(CongressBadgeService badges, RosterCongress congress) {
        this.badges = badges;
        this.congressId = congress.id();
        setId("print-badges");
        addClassName("print-section");
        RosterFilterFields fields =
                new RosterFilterFields("badge", congress, CongressRegistrationStatus.CONFIRMED, this::filterChanged);
        sheet = Downloads.link(
                "badge-sheet",
                getTranslation("congress.print.badges.download"),
                FileNames.of(getLocale(), "file.badges", "pdf", congressId),
                Downloads.PDF,
                () -> badges.sheet(congressId, filter));
        sheet.addClassName("primary");
        count.setId("badge-count");
        add(
                new H2(getTranslation("congress.print.badges.title")),
                new Paragraph(getTranslation("congress.print.badges.layout")),
                fields,
                count,
                Downloads.row(sheet),
                reprint());
        filterChanged(fields.filter());
    }

    private void filterChanged(RosterFilter chosen) {
        filter = chosen;
        int badgeCount = badges.count(congressId, chosen);
        count.setText(getTranslation("congress.print.badges.count", badgeCount));
        sheet.setEnabled(badgeCount > 0);
    }

    private Div reprint() {
        search.setId("badge-search");
        search.setLabel(getTranslation("congress.print.badges.search"));
        search.setHelperText(getTranslation("congress.print.badges.searchHelp"));
        search.setClearButtonVisible(true);
        search.setWidth("min(26rem, 100%)");
        Button find = new Button(getTranslation("congress.print.badges.find"), click -> find());
        find.setId("badge-find");
        find.addClickShortcut(Key.ENTER).listenOn(search);
        found.setId("badge-found");
        found.addClassName("print-found");
        found.setVisible(false);
        nobody.setId("badge-nobody");
        nobody.setText(getTranslation("congress.print.badges.nobody"));
        nobody.setVisible(false);
        Div row = new Div(search, find);
        row.addClassName("print-search");
        return new Div(new H3(getTranslation("congress.print.badges.reprint")), row, nobody, found);
    }

    private void find() {
        List<BadgeHolder> holders = badges.find(congressId, search.getValue());
        found.removeAll();
        holders.forEach(holder -> found.add(row(holder)));
        found.setVisible(!holders.isEmpty());
        nobody.setVisible(holders.isEmpty() && !search.getValue().isBlank());
    }

    /** "Jörg Weiß · Handelskammer · Mitglied · Bestätigt · K7QX-…", and the link to the badge. */
    private ListItem row(BadgeHolder holder) {
        List<String> facts = new ArrayList<>();
        facts.add(holder.name());
        if (holder.organisation() != null && !holder.organisation().isBlank()) {
            facts.add(holder.organisation());
        }
        facts.add(holder.category());
        facts.add(getTranslation("congress.export.status." + holder.status().name()));
        facts.add(holder.ticketCode());
        ListItem item = new ListItem(new Span(String.join(" · ", facts)), new Text(" "), singleBadge(holder));
        item.setId("badge-found-" + holder.registrationId());
        item.addClassName("print-found-item");
        return item;
    }

    private Anchor singleBadge(BadgeHolder holder) {
        Anchor link = Downloads.link(
                "badge-single-" + holder.registrationId(),
                getTranslation("congress.print.badges.single"),
                FileNames.of(getLocale(), "file.badge", "pdf", holder.ticketCode()),
                Downloads.PDF,
                () -> badges.single(holder.registrationId()));
        link.setEnabled(holder.status() != CongressRegistrationStatus.CANCELLED);
        return link;
    }
}
