package de.ddnhamburg.network.domain.common;

/** The requested record does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
