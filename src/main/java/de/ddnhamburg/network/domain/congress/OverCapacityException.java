package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;

/**
 * An admin's action would seat someone although every place is taken: it is done only when asked
 * again with the admin's confirmation (decision 011, "One over the capacity"). The message says
 * what would go over, for the confirmation dialog: {@code congress.desk.full.workshop} (the
 * workshop's title and capacity) or {@code congress.desk.full.category} (the category's name and
 * quota).
 */
public class OverCapacityException extends DomainException {

    public OverCapacityException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
