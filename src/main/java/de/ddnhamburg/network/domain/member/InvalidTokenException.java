package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;

/** A mailed link that cannot be used (any more). */
public class InvalidTokenException extends DomainException {

    private final TokenProblem problem;

    InvalidTokenException(TokenProblem problem) {
        super(problem.messageKey());
        this.problem = problem;
    }

    public TokenProblem problem() {
        return problem;
    }
}
