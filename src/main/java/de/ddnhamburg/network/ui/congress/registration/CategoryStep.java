package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Step 2: the ticket category, with price and what is left. A code (speakers, partners) opens its
 * own category: typed and applied here, it adds that category to the list and selects it.
 */
class CategoryStep extends WizardStep {

    /** Asks the service for the categories the code opens, or null if it opens none. */
    private final Function<String, @Nullable List<CategoryOption>> redeem;

    private final RadioButtonGroup<CategoryOption> categories =
            field(CongressRegistrationRules.CATEGORY, new RadioButtonGroup<>());
    private final TextField code = field(CongressRegistrationRules.ACCESS_CODE, new TextField());
    private @Nullable String appliedCode;

    CategoryStep(List<CategoryOption> offered, Function<String, @Nullable List<CategoryOption>> redeem) {
        super("step-category");
        this.redeem = redeem;
        categories.setId("wizard-category");
        categories.setLabel(getTranslation("congress.wizard.category"));
        categories.setRequiredIndicatorVisible(true);
        categories.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        categories.setRenderer(new ComponentRenderer<>(this::describe));
        categories.setItems(offered);
        code.setId("wizard-code");
        code.setLabel(getTranslation("congress.wizard.code"));
        code.setHelperText(getTranslation("congress.wizard.code.help"));
        Button apply = new Button(getTranslation("congress.wizard.code.apply"), click -> apply());
        apply.setId("wizard-code-apply");
        Div codeRow = new Div(code, apply);
        codeRow.addClassName("wizard-code");
        add(categories, codeRow);
    }

    private Div describe(CategoryOption category) {
        Span name = new Span(CongressTexts.category(this, category));
        name.addClassName("wizard-option-name");
        Span places = new Span(CongressTexts.places(this, category));
        places.addClassName("wizard-option-detail");
        Div item = new Div(name, places);
        if (!category.description().isBlank()) {
            Span description = new Span(category.description());
            description.addClassName("wizard-option-detail");
            item.add(description);
        }
        if (category.approvalRequired()) {
            Span approval = new Span(getTranslation("congress.wizard.category.approval"));
            approval.addClassName("wizard-option-detail");
            item.add(approval);
        }
        item.addClassName("wizard-option");
        return item;
    }

    /** Applies the typed code; false (with a message at the field) if it opens nothing. */
    private boolean apply() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            appliedCode = null;
            return true;
        }
        List<CategoryOption> opened = redeem.apply(typed);
        if (opened == null) {
            code.setErrorMessage(getTranslation("congress.wizard.code.unknown"));
            code.setInvalid(true);
            return false;
        }
        code.setInvalid(false);
        appliedCode = typed;
        categories.setItems(opened);
        opened.stream().filter(CategoryOption::byCode).findFirst().ifPresent(coded -> {
            categories.setValue(coded);
            Notices.success("congress.wizard.code.opened", coded.name());
        });
        return true;
    }

    @Override
    boolean readyToLeave() {
        return Objects.equals(appliedCode, blankToNull(code.getValue())) || apply();
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.category";
    }

    @Override
    void writeTo(RequestDraft draft) {
        CategoryOption chosen = categories.getValue();
        draft.categoryId = chosen == null ? 0 : chosen.id();
        draft.accessCode = appliedCode;
    }

    void onChoice(Runnable listener) {
        categories.addValueChangeListener(change -> listener.run());
    }

    @Nullable
    CategoryOption chosen() {
        return categories.getValue();
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
