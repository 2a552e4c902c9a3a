package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.ddnhamburg.network.domain.congress.AdminRegistrationFilter;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.DeskCategory;
import de.ddnhamburg.network.domain.congress.DeskOptions;
import de.ddnhamburg.network.domain.congress.PaymentState;
import de.ddnhamburg.network.domain.congress.SessionOption;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Search and filters of the registrations' list, side by side and wrapping on a narrow screen;
 * every change hands the whole filter on.
 */
class RegistrationFilters extends FlexLayout {

    private final TextField search = new TextField();
    private final Select<@Nullable DeskCategory> category = new Select<>();
    private final Select<@Nullable CongressRegistrationStatus> status = new Select<>();
    private final Select<@Nullable SessionOption> workshop = new Select<>();
    private final Select<@Nullable PaymentState> payment = new Select<>();
    private final Select<@Nullable Boolean> checkedIn = new Select<>();
    private final Consumer<AdminRegistrationFilter> changed;

    RegistrationFilters(DeskOptions options, Consumer<AdminRegistrationFilter> changed) {
        this.changed = changed;
        addClassName("desk-filters");
        setFlexWrap(FlexWrap.WRAP);
        search.setId("registrations-search");
        search.setLabel(getTranslation("congress.registrations.search"));
        search.setPlaceholder(getTranslation("congress.registrations.searchPlaceholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> apply());

        configure(
                category, "registrations-category", "congress.desk.category", options.categories(), DeskCategory::name);
        configure(
                status,
                "registrations-status",
                "congress.registrations.status",
                List.of(CongressRegistrationStatus.values()),
                value -> getTranslation("congress.desk.status." + value.name()));
        configure(
                workshop,
                "registrations-workshop",
                "congress.desk.workshop",
                options.slots().stream()
                        .flatMap(slot -> slot.sessions().stream())
                        .filter(session -> session.seatsLeft() != null)
                        .toList(),
                SessionOption::title);
        configure(
                payment,
                "registrations-payment",
                "congress.registrations.payment",
                // The list tells paid from open by the payments recorded, not by invoice, so it
                // never shows "no invoice" (the desk does, PaymentStatusLookup#stateOf).
                List.of(PaymentState.PAID, PaymentState.OPEN, PaymentState.NOT_DUE, PaymentState.UNKNOWN),
                value -> getTranslation("congress.desk.payment." + value.name()));
        configure(
                checkedIn,
                "registrations-checked-in",
                "congress.registrations.checkedIn",
                List.of(Boolean.TRUE, Boolean.FALSE),
                value -> getTranslation(
                        value ? "congress.registrations.checkedInYes" : "congress.registrations.checkedInNo"));
        add(search, category, status, workshop, payment, checkedIn);
    }

    private <T> void configure(
            Select<@Nullable T> select,
            String id,
            String labelKey,
            List<T> items,
            java.util.function.Function<T, String> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("congress.registrations.all"));
        select.setItems(items);
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("congress.registrations.all") : label.apply(value));
        select.addValueChangeListener(change -> apply());
    }

    private void apply() {
        DeskCategory chosenCategory = category.getValue();
        SessionOption chosenWorkshop = workshop.getValue();
        changed.accept(new AdminRegistrationFilter(
                search.getValue(),
                chosenCategory == null ? null : chosenCategory.id(),
                status.getValue(),
                chosenWorkshop == null ? null : chosenWorkshop.id(),
                payment.getValue(),
                checkedIn.getValue()));
    }
}
