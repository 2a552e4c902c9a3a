package de.ddnhamburg.network.ui.member;

import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingFilter;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.ui.components.ItemsSelect;
import java.util.ArrayList;
import java.util.List;

/** The directory's "Sucht / Bietet" select: every kind in both directions, or none. */
final class SeekingFilterField {

    private SeekingFilterField() {}

    static ItemsSelect<SeekingFilter> create() {
        ItemsSelect<SeekingFilter> field = new ItemsSelect<>();
        field.setId("directory-seeking");
        field.setLabel(field.getTranslation("seeking.directory.filter"));
        field.setEmptySelectionCaption(field.getTranslation("seeking.directory.all"));
        List<SeekingFilter> items = new ArrayList<>();
        for (SeekingDirection direction : List.of(SeekingDirection.OFFER, SeekingDirection.SEEK)) {
            for (SeekingKind kind : SeekingKind.values()) {
                items.add(new SeekingFilter(direction, kind));
            }
        }
        field.setItems(items, value -> SeekingTexts.label(field, value.direction(), value.kind(), false));
        return field;
    }
}
