package de.ddnhamburg.network.domain.common;

/**
 * What one feature stores about a guest, someone without an account who is known only by an
 * e-mail address (an event's or the congress's guest), for an admin who answers a data request
 * (GDPR Art. 15) or erases the guest's data on request (Art. 17). Each feature with guests
 * contributes one bean, like {@link PersonalDataSection} for members.
 *
 * @see de.ddnhamburg.network.domain.privacy.PersonalDataRequests
 */
public interface GuestDataSection {

    /** The key of this section in the exported JSON, such as {@code "eventRegistrations"}. */
    String name();

    /** How many records of this feature hold the (normalised) address. */
    int count(String email);

    /** The guest's records as records, lists and maps that Jackson can write. */
    Object export(String email);

    /**
     * Erases or anonymises the guest's records in the caller's transaction, releasing any place
     * they hold as if the guest had cancelled.
     *
     * @return how many records were erased
     */
    int erase(String email);

    /**
     * Whether these records belong to an account as well when a member has the same address (the
     * mails sent to it): then they are the member's data, and a guest's erasure leaves them alone.
     */
    default boolean sharedWithAccounts() {
        return false;
    }
}
