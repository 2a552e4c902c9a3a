package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Category, status and workshop to choose whom a print or an export takes; each may be left at "all". */
final class RosterFilterFields extends Div {

    private final Select<RosterCongress.Category> category = new Select<>();
    private final Select<CongressRegistrationStatus> status = new Select<>();
    private final Select<RosterCongress.Session> workshop = new Select<>();

    RosterFilterFields(
            String idPrefix,
            RosterCongress congress,
            @Nullable CongressRegistrationStatus initialStatus,
            Consumer<RosterFilter> changed) {
        addClassName("print-filters");
        category.setId(idPrefix + "-category");
        category.setLabel(getTranslation("congress.print.filter.category"));
        category.setItems(congress.categories());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("congress.print.filter.allCategories"));
        category.setItemLabelGenerator(
                item -> item == null ? getTranslation("congress.print.filter.allCategories") : item.name());

        status.setId(idPrefix + "-status");
        status.setLabel(getTranslation("congress.print.filter.status"));
        status.setItems(CongressRegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("congress.print.filter.notCancelled"));
        status.setItemLabelGenerator(item -> item == null
                ? getTranslation("congress.print.filter.notCancelled")
                : getTranslation("congress.export.status." + item.name()));
        status.setValue(initialStatus);

        workshop.setId(idPrefix + "-workshop");
        workshop.setLabel(getTranslation("congress.print.filter.workshop"));
        workshop.setItems(congress.choiceSessions());
        workshop.setEmptySelectionAllowed(true);
        workshop.setEmptySelectionCaption(getTranslation("congress.print.filter.allWorkshops"));
        workshop.setItemLabelGenerator(item -> item == null
                ? getTranslation("congress.print.filter.allWorkshops")
                : DateTimeFormat.appointment(item.startsAt(), getLocale()) + " · " + item.title());
        workshop.setVisible(!congress.choiceSessions().isEmpty());
        workshop.setWidth("min(30rem, 100%)");

        category.addValueChangeListener(change -> changed.accept(filter()));
        status.addValueChangeListener(change -> changed.accept(filter()));
        workshop.addValueChangeListener(change -> changed.accept(filter()));
        add(category, status, workshop);
    }

    RosterFilter filter() {
        RosterCongress.Category chosenCategory = category.getValue();
        RosterCongress.Session chosenWorkshop = workshop.getValue();
        return new RosterFilter(
                chosenCategory == null ? null : chosenCategory.id(),
                status.getValue(),
                chosenWorkshop == null ? null : chosenWorkshop.id());
    }
}
