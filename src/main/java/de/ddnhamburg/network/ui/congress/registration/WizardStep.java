package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.ui.components.FieldProblems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of the registration wizard. It keeps its fields (so Back and Next keep what was typed),
 * writes them into the request the wizard checks, and shows the service's problems with its own
 * fields; problems with later steps' fields wait until the person gets there.
 */
abstract class WizardStep extends Div {

    private final FieldProblems problems = new FieldProblems(this);
    private final Set<String> names = new HashSet<>();

    WizardStep(String id) {
        setId(id);
        addClassName("wizard-step");
    }

    /** The translation key of the step's name, shown in the progress and as its heading. */
    abstract String titleKey();

    /** Writes what this step holds into the request. */
    abstract void writeTo(RequestDraft draft);

    /** Called each time the step is shown, with what the earlier steps hold. */
    void enter(RequestDraft draft) {}

    /** Checks the step cannot leave to the service (such as a code not applied yet); false keeps the person here. */
    boolean readyToLeave() {
        return true;
    }

    <T extends HasValidation> T field(String name, T field) {
        names.add(name);
        return problems.field(name, field);
    }

    boolean owns(String field) {
        return names.contains(field);
    }

    /** Marks this step's fields among the problems; returns whether there were any. */
    boolean show(InvalidInputException e) {
        List<FieldProblem> own =
                e.problems().stream().filter(problem -> owns(problem.field())).toList();
        problems.clear();
        if (own.isEmpty()) {
            return false;
        }
        problems.show(new InvalidInputException(own));
        return true;
    }

    void clearProblems() {
        problems.clear();
    }
}
