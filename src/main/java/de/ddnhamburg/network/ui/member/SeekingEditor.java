package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.member.OwnSeeking;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingDraft;
import de.ddnhamburg.network.domain.member.SeekingItem;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.domain.member.SeekingRules;
import de.ddnhamburg.network.domain.member.SeekingService;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import org.jspecify.annotations.Nullable;

/**
 * "Ich suche / Ich biete" on the own profile page: the entries, one form to add or change one, who
 * sees them, and the weekly mail about matches. Each change is saved at once, apart from the profile form.
 */
class SeekingEditor extends Section {

    private final SeekingService seeking;
    private final Div list = new Div();
    private final Select<SeekingDirection> direction = new Select<>();
    private final Select<SeekingKind> kind = new Select<>();
    private final TextArea text = new TextArea();
    private final DatePicker expires = new DatePicker();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final FieldProblems problems = new FieldProblems(this);
    private @Nullable Long editing;

    SeekingEditor(SeekingService seeking) {
        this.seeking = seeking;
        setId("seeking-editor");
        addClassNames("card", "seeking-editor");
        OwnSeeking own = seeking.mine();
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("seeking.edit.visibility"));
        visibility.setId("seeking-visibility");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(value -> getTranslation("visibility." + value.name()));
        visibility.setValue(own.visibility());
        visibility.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                seeking.setVisibility(change.getValue());
                Notices.success("seeking.edit.visibility.saved");
            }
        });
        Checkbox notify = new Checkbox(getTranslation("seeking.edit.notify"), own.notifyMatches());
        notify.setId("seeking-notify");
        notify.addValueChangeListener(change -> {
            seeking.setNotifyMatches(change.getValue());
            Notices.success(change.getValue() ? "seeking.edit.notify.on" : "seeking.edit.notify.off");
        });
        list.setId("seeking-entries");
        list.addClassName("seeking-entries");
        add(
                new H2(getTranslation("seeking.edit.title")),
                new Paragraph(getTranslation("seeking.edit.lead")),
                list,
                form(),
                visibility,
                notify);
        show(own);
    }

    private Div form() {
        direction.setId("seeking-direction");
        direction.setLabel(getTranslation("seeking.edit.direction"));
        direction.setItems(SeekingDirection.values());
        direction.setItemLabelGenerator(value -> getTranslation("seeking.direction." + value.name()));
        direction.setValue(SeekingDirection.SEEK);
        direction.addValueChangeListener(change -> kind.getListDataView().refreshAll());
        kind.setId("seeking-kind");
        kind.setLabel(getTranslation("seeking.edit.kind"));
        kind.setItems(SeekingKind.values());
        kind.setItemLabelGenerator(value -> SeekingTexts.kind(
                this, direction.getValue() == null ? SeekingDirection.SEEK : direction.getValue(), value));
        text.setId("seeking-text");
        text.setLabel(getTranslation("seeking.edit.text"));
        text.setMaxLength(SeekingRules.TEXT_MAX);
        text.setHelperText(getTranslation("seeking.edit.text.help", SeekingRules.TEXT_MAX));
        expires.setId("seeking-expires");
        expires.setLabel(getTranslation("seeking.edit.expires"));
        expires.setHelperText(getTranslation("seeking.edit.expires.help"));
        ComponentTexts.localize(expires);
        problems.field(SeekingRules.DIRECTION, direction);
        problems.field(SeekingRules.KIND, kind);
        problems.field(SeekingRules.TEXT, text);
        problems.field(SeekingRules.EXPIRES_ON, expires);
        save.setId("seeking-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setId("seeking-cancel");
        cancel.setText(getTranslation("seeking.edit.cancel"));
        cancel.addClickListener(click -> reset());
        reset();
        Div form = new Div(direction, kind, text, expires, new Div(save, cancel));
        form.addClassName("seeking-form");
        return form;
    }

    private void save() {
        SeekingDraft draft =
                new SeekingDraft(direction.getValue(), kind.getValue(), text.getValue(), expires.getValue());
        try {
            Long id = editing;
            if (id == null) {
                seeking.add(draft);
                Notices.success("seeking.edit.added");
            } else {
                seeking.update(id, draft);
                Notices.success("seeking.edit.updated");
            }
            reset();
            show(seeking.mine());
        } catch (InvalidInputException e) {
            problems.show(e);
        } catch (DomainException e) {
            Notices.problem(e);
        }
    }

    private void reset() {
        editing = null;
        problems.clear();
        direction.setValue(SeekingDirection.SEEK);
        kind.clear();
        text.clear();
        expires.clear();
        save.setText(getTranslation("seeking.edit.add"));
        cancel.setVisible(false);
    }

    private void edit(SeekingItem item) {
        editing = item.id();
        problems.clear();
        direction.setValue(item.direction());
        kind.setValue(item.kind());
        text.setValue(item.text());
        expires.setValue(item.expiresOn());
        save.setText(getTranslation("seeking.edit.update"));
        cancel.setVisible(true);
        text.focus();
    }

    private void show(OwnSeeking own) {
        list.removeAll();
        if (own.entries().isEmpty()) {
            list.add(new Paragraph(getTranslation("seeking.edit.none")));
        }
        for (SeekingItem item : own.entries()) {
            String label = SeekingTexts.label(this, item.direction(), item.kind(), true);
            Div row = new Div();
            row.setId("seeking-entry-" + item.id());
            row.addClassNames("seeking-entry", item.expired() ? "expired" : "running");
            Span heading = new Span(label);
            heading.addClassName("seeking-label");
            row.add(heading, new Paragraph(item.text()));
            java.time.LocalDate ends = item.expiresOn();
            if (ends != null) {
                row.add(new Span(getTranslation(
                        item.expired() ? "seeking.expired" : "seeking.expiresOn",
                        LocalFormats.date(ends, getLocale()))));
            }
            Button change = new Button(getTranslation("seeking.edit.change"), click -> edit(item));
            change.setId("seeking-change-" + item.id());
            change.getElement().setAttribute("aria-label", getTranslation("seeking.edit.change.aria", label));
            Button delete = new Button(
                    getTranslation("seeking.edit.delete"),
                    click -> Confirmation.ask(this, "seeking-delete-confirm", "seeking.confirm.delete.", label, () -> {
                        seeking.delete(item.id());
                        if (Long.valueOf(item.id()).equals(editing)) {
                            reset();
                        }
                        show(seeking.mine());
                        Notices.success("seeking.edit.deleted");
                    }));
            delete.setId("seeking-delete-" + item.id());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.getElement().setAttribute("aria-label", getTranslation("seeking.edit.delete.aria", label));
            row.add(new Div(change, delete));
            list.add(row);
        }
    }
}
