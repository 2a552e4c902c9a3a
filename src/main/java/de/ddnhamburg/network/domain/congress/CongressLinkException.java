package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;

/** A link mailed to a congress guest that cannot be used (any more); it says why, never whose it was. */
public class CongressLinkException extends DomainException {

    private final CongressLinkProblem problem;

    CongressLinkException(CongressLinkProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public CongressLinkProblem problem() {
        return problem;
    }
}
