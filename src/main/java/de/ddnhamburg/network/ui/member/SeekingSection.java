package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.member.SeekingItem;
import de.ddnhamburg.network.domain.member.SeekingService;
import java.time.LocalDate;
import java.util.List;

/** "Sucht / Bietet" on a profile: the running entries, as far as their owner lets the viewer see them. */
class SeekingSection extends Section {

    SeekingSection(SeekingService seeking, long memberId, boolean own) {
        setId("profile-seeking");
        addClassNames("profile-section", "profile-seeking");
        List<SeekingItem> items = seeking.visibleOn(memberId);
        setVisible(!items.isEmpty());
        add(new H2(getTranslation("seeking.profile.title")));
        for (SeekingItem item : items) {
            Span label = new Span(SeekingTexts.label(this, item.direction(), item.kind(), own));
            label.addClassName("seeking-label");
            Div entry = new Div(label, new Paragraph(item.text()));
            entry.addClassName("seeking-entry");
            LocalDate ends = item.expiresOn();
            if (ends != null) {
                entry.add(new Span(getTranslation("seeking.expiresOn", LocalFormats.date(ends, getLocale()))));
            }
            add(entry);
        }
    }
}
