package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingFilter;
import de.ddnhamburg.network.domain.member.SeekingKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The directory's "Sucht / Bietet" select: every kind in both directions, or none. */
final class SeekingFilterField {

    private SeekingFilterField() {}

    static Select<@Nullable SeekingFilter> create() {
        Select<@Nullable SeekingFilter> field = new Select<>();
        field.setId("directory-seeking");
        field.setLabel(field.getTranslation("seeking.directory.filter"));
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(field.getTranslation("seeking.directory.all"));
        List<@Nullable SeekingFilter> items = new ArrayList<>();
        for (SeekingDirection direction : List.of(SeekingDirection.OFFER, SeekingDirection.SEEK)) {
            for (SeekingKind kind : SeekingKind.values()) {
                items.add(new SeekingFilter(direction, kind));
            }
        }
        field.setItems(items);
        field.setItemLabelGenerator(value -> value == null
                ? field.getTranslation("seeking.directory.all")
                : SeekingTexts.label(field, value.direction(), value.kind(), false));
        return field;
    }
}
