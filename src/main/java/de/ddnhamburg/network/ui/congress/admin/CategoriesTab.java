package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.CongressAdminDetails;
import de.ddnhamburg.network.domain.congress.CongressRules;
import de.ddnhamburg.network.domain.congress.TicketCategoryDraft;
import de.ddnhamburg.network.domain.congress.TicketCategoryItem;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.congress.CongressFormat;
import org.jspecify.annotations.Nullable;

/** The ticket categories of an edition: price, VAT, quota, who may choose them, approval. */
class CategoriesTab extends Div {

    private final CongressEditorView editor;

    CategoriesTab(CongressEditorView editor, CongressAdminDetails details) {
        this.editor = editor;
        setId("congress-categories-tab");
        Button add = new Button(getTranslation("congress.category.add"), click -> open(null));
        add.setId("congress-category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        if (details.categories().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("congress.category.empty"));
            empty.addClassName("empty-state");
            empty.setId("congress-categories-empty");
            add(empty);
            return;
        }
        Grid<TicketCategoryItem> grid = new Grid<>();
        grid.setId("congress-category-grid");
        grid.setEmptyStateText(getTranslation("congress.admin.empty.categories"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TicketCategoryItem::name)
                .setHeader(getTranslation("congress.field.name"))
                .setFlexGrow(2);
        grid.addColumn(item -> CongressFormat.price(this, item.priceGross()))
                .setHeader(getTranslation("congress.field.price"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.vatRate() + " %").setHeader(getTranslation("congress.field.vatRate"));
        grid.addColumn(item -> getTranslation("congress.admin.places", item.taken(), item.quota()))
                .setHeader(getTranslation("congress.field.quota"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation("congress.eligibilityShort."
                                + item.eligibility().name())
                        + (item.approvalRequired() ? ", " + getTranslation("congress.field.approval") : ""))
                .setHeader(getTranslation("congress.field.eligibility"))
                .setFlexGrow(2);
        grid.addComponentColumn(item -> {
                    Button edit = new Button(getTranslation("congress.admin.edit"), click -> open(item));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button remove = new Button(
                            getTranslation("congress.admin.remove"),
                            click -> Confirmation.ask(
                                    this,
                                    "confirm-category-remove",
                                    "congress.confirm.removeCategory.",
                                    item.name(),
                                    () -> editor.act(
                                            () -> editor.categories.remove(item.id()), "congress.admin.removed")));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return new Div(edit, remove);
                })
                .setHeader(getTranslation("congress.admin.actions"))
                .setAutoWidth(true);
        grid.setItems(details.categories());
        add(grid);
    }

    private void open(@Nullable TicketCategoryItem existing) {
        TextField name = new TextField(getTranslation("congress.field.name"));
        name.setId("congress-category-name");
        TextArea description = new TextArea(getTranslation("congress.field.description"));
        BigDecimalField price = new BigDecimalField(getTranslation("congress.field.price"));
        price.setId("congress-category-price");
        price.setSuffixComponent(new Div("€"));
        Select<Integer> vat = new Select<>();
        vat.setLabel(getTranslation("congress.field.vatRate"));
        vat.setItems(0, 7, 19);
        vat.setItemLabelGenerator(rate -> rate + " %");
        vat.setValue(19);
        IntegerField quota = new IntegerField(getTranslation("congress.field.quota"));
        quota.setId("congress-category-quota");
        quota.setMin(1);
        Select<TicketEligibility> eligibility = new Select<>();
        eligibility.setId("congress-category-eligibility");
        eligibility.setLabel(getTranslation("congress.field.eligibility"));
        eligibility.setItems(TicketEligibility.values());
        eligibility.setItemLabelGenerator(value -> getTranslation("congress.eligibilityShort." + value.name()));
        eligibility.setValue(TicketEligibility.EVERYONE);
        TextField code = new TextField(getTranslation("congress.field.accessCode"));
        code.setId("congress-category-code");
        Checkbox approval = new Checkbox(getTranslation("congress.field.approval"));
        code.setVisible(false);
        eligibility.addValueChangeListener(
                change -> code.setVisible(change.getValue() == TicketEligibility.ACCESS_CODE));
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
            price.setValue(existing.priceGross());
            vat.setValue(existing.vatRate());
            quota.setValue(existing.quota());
            eligibility.setValue(existing.eligibility());
            code.setValue(existing.accessCode() == null ? "" : existing.accessCode());
            approval.setValue(existing.approvalRequired());
        }
        EditorDialog dialog = new EditorDialog(
                "congress-category-dialog",
                getTranslation(existing == null ? "congress.category.add" : "congress.category.edit"),
                editor,
                () -> {
                    TicketCategoryDraft draft = new TicketCategoryDraft(
                            name.getValue(),
                            description.getValue(),
                            price.getValue() == null ? null : price.getValue(),
                            vat.getValue() == null ? -1 : vat.getValue(),
                            quota.getValue() == null ? 0 : quota.getValue(),
                            eligibility.getValue(),
                            code.getValue(),
                            approval.getValue());
                    if (existing == null) {
                        editor.categories.add(editor.congressId(), draft);
                    } else {
                        editor.categories.update(existing.id(), draft);
                    }
                },
                name,
                price,
                vat,
                quota,
                eligibility,
                code,
                approval,
                description);
        dialog.problems.field(CongressRules.NAME, name);
        dialog.problems.field(CongressRules.DESCRIPTION, description);
        dialog.problems.field(CongressRules.PRICE, price);
        dialog.problems.field(CongressRules.VAT, vat);
        dialog.problems.field(CongressRules.QUOTA, quota);
        dialog.problems.field(CongressRules.ACCESS_CODE, code);
        dialog.open();
    }
}
