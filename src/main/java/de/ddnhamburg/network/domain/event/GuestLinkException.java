package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;

/** A link mailed to a guest that cannot be used (any more); the message says why, never whose it was. */
public class GuestLinkException extends DomainException {

    private final GuestLinkProblem problem;

    GuestLinkException(GuestLinkProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public GuestLinkProblem problem() {
        return problem;
    }
}
