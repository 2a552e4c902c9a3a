package de.ddnhamburg.network.domain.congress;

/** Life of a congress edition: only a published one is visible to guests and members. */
public enum CongressStatus {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    ARCHIVED;

    /** Whether guests and members may see the congress. */
    public boolean isPublic() {
        return this == PUBLISHED || this == REGISTRATION_CLOSED;
    }
}
