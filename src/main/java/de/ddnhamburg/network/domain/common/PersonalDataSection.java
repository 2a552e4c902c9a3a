package de.ddnhamburg.network.domain.common;

/**
 * What one feature stores about a member, for the member's data export (GDPR Art. 15 and 20) and
 * for the deletion of their account (Art. 17). Each feature contributes one bean; the export and the
 * deletion find them all, so a new feature (event registrations, group posts) only adds a bean.
 *
 * <p>Declared in this neutral package so that every feature can implement it without depending on
 * the feature that collects the sections.
 */
public interface PersonalDataSection {

    /** The key of this section in the exported JSON, such as {@code "contacts"}. */
    String name();

    /**
     * The member's data as records, lists and maps that Jackson can write. Other members appear by
     * name only: their own details are theirs, not part of this member's data.
     */
    Object export(DataSubject subject);

    /**
     * Removes or anonymises this feature's data about the member, in the deleting transaction. What
     * the feature must keep (and why) is documented in docs/decisions/008-personal-data.md.
     */
    void erase(DataSubject subject);
}
