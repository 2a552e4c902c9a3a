package de.ddnhamburg.network.domain.congress;

/**
 * What an admin's change of workshop does when every seat of the new one is taken: refuse (with
 * {@link OverCapacityException}, so that the page can ask), put the person on its waiting list as
 * the person's own change would, or seat them one over the capacity (decision 011).
 */
public enum IfWorkshopFull {
    REFUSE,
    WAIT,
    ONE_OVER
}
