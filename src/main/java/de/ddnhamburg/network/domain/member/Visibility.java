package de.ddnhamburg.network.domain.member;

/** Who may see one profile detail. Ordered from most to least open. */
public enum Visibility {
    MEMBERS,
    CONTACTS,
    ONLY_ME;

    public boolean allows(Relationship viewer) {
        return switch (this) {
            case MEMBERS -> true;
            case CONTACTS -> viewer == Relationship.CONTACT || viewer == Relationship.SELF;
            case ONLY_ME -> viewer == Relationship.SELF;
        };
    }
}
