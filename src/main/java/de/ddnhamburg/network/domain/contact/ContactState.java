package de.ddnhamburg.network.domain.contact;

import org.jspecify.annotations.Nullable;

/** @param requestId the waiting request for {@code REQUEST_SENT} and {@code REQUEST_RECEIVED}, else null */
public record ContactState(ContactStatus status, @Nullable Long requestId) {

    static ContactState of(ContactStatus status) {
        return new ContactState(status, null);
    }
}
