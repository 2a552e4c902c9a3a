package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Step 3: one session per slot with a choice. A full workshop (or one with people waiting) puts the
 * person on its waiting list: the step says at which position and offers a second choice, which is
 * used meanwhile. Seats are read again each time the step is shown.
 */
class SessionStep extends WizardStep {

    private final Supplier<List<SlotChoice>> fresh;
    private final Map<Long, SlotPicker> pickers = new LinkedHashMap<>();

    SessionStep(List<SlotChoice> choices, Supplier<List<SlotChoice>> fresh) {
        super("step-sessions");
        this.fresh = fresh;
        add(new Paragraph(getTranslation("congress.wizard.sessions.lead")));
        for (SlotChoice slot : choices) {
            SlotPicker picker = new SlotPicker(slot);
            pickers.put(slot.slotId(), picker);
            add(picker);
        }
    }

    @Override
    void enter(RequestDraft draft) {
        fresh.get().forEach(slot -> {
            SlotPicker picker = pickers.get(slot.slotId());
            if (picker != null) {
                picker.update(slot);
            }
        });
    }

    /** Starts from a choice made before ("Meine Anmeldung"). */
    void select(long slotId, long sessionId, @Nullable Long secondChoiceId) {
        SlotPicker picker = pickers.get(slotId);
        if (picker != null) {
            picker.select(sessionId, secondChoiceId);
        }
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.sessions";
    }

    @Override
    void writeTo(RequestDraft draft) {
        List<SessionPick> picks = new ArrayList<>();
        pickers.values().forEach(picker -> picker.pick().ifPresent(picks::add));
        draft.picks = picks;
    }

    /** The choice in one slot, with the waiting note and the second choice. */
    private final class SlotPicker extends Div {

        private final long slotId;
        private final RadioButtonGroup<SessionOption> sessions;
        private final Paragraph waiting = new Paragraph();
        private final Select<SessionOption> second = new Select<>();

        SlotPicker(SlotChoice slot) {
            slotId = slot.slotId();
            addClassName("wizard-slot");
            sessions = field(CongressRegistrationRules.PICK + slotId, new RadioButtonGroup<>());
            sessions.setId("wizard-slot-" + slotId);
            sessions.setLabel(getTranslation("congress.wizard.sessions.choose"));
            sessions.setRequiredIndicatorVisible(true);
            sessions.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            sessions.setItemLabelGenerator(session -> CongressTexts.session(this, session));
            waiting.setId("wizard-waiting-" + slotId);
            waiting.addClassName("wizard-waiting");
            waiting.getElement().setAttribute("aria-live", "polite");
            second.setId("wizard-second-" + slotId);
            second.setLabel(getTranslation("congress.wizard.sessions.second"));
            second.setHelperText(getTranslation("congress.wizard.sessions.second.help"));
            second.setEmptySelectionAllowed(true);
            second.setEmptySelectionCaption(getTranslation("congress.wizard.sessions.second.none"));
            second.setItemLabelGenerator(session -> session == null
                    ? getTranslation("congress.wizard.sessions.second.none")
                    : CongressTexts.session(this, session));
            H3 heading = new H3(CongressTexts.slot(this, slot));
            add(heading, sessions, waiting, second);
            update(slot);
            sessions.addValueChangeListener(change -> showWaiting());
        }

        void update(SlotChoice slot) {
            Long chosen =
                    sessions.getValue() == null ? null : sessions.getValue().id();
            Long secondChosen =
                    second.getValue() == null ? null : second.getValue().id();
            sessions.setItems(slot.sessions());
            second.setItems(slot.sessions());
            find(slot, chosen).ifPresent(sessions::setValue);
            find(slot, secondChosen).ifPresent(second::setValue);
            showWaiting();
        }

        void select(long sessionId, @Nullable Long secondChoiceId) {
            List<SessionOption> offered = sessions.getListDataView().getItems().toList();
            offered.stream()
                    .filter(session -> session.id() == sessionId)
                    .findFirst()
                    .ifPresent(sessions::setValue);
            offered.stream()
                    .filter(session -> secondChoiceId != null && session.id() == secondChoiceId)
                    .findFirst()
                    .ifPresent(second::setValue);
            showWaiting();
        }

        private Optional<SessionOption> find(SlotChoice slot, @Nullable Long id) {
            return slot.sessions().stream()
                    .filter(session -> id != null && session.id() == id)
                    .findFirst();
        }

        private void showWaiting() {
            SessionOption chosen = sessions.getValue();
            boolean waits = chosen != null && (chosen.full() || chosen.waiting() > 0);
            waiting.setVisible(waits);
            second.setVisible(waits);
            if (chosen != null) {
                second.setItemEnabledProvider(session -> session != null && session.id() != chosen.id());
                if (second.getValue() != null && second.getValue().id() == chosen.id()) {
                    second.clear();
                }
            }
            if (chosen != null && waits) {
                waiting.setText(
                        getTranslation("congress.wizard.sessions.waiting", chosen.title(), chosen.waiting() + 1));
            }
        }

        Optional<SessionPick> pick() {
            SessionOption chosen = sessions.getValue();
            if (chosen == null) {
                return Optional.empty();
            }
            SessionOption fallback = second.isVisible() ? second.getValue() : null;
            return Optional.of(new SessionPick(slotId, chosen.id(), fallback == null ? null : fallback.id()));
        }
    }
}
