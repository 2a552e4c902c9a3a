package de.ddnhamburg.network.domain.member;

/** The profile details whose visibility a member chooses. The name and its initials are always shown. */
public enum ProfileField {
    ORGANISATION(Visibility.MEMBERS),
    POSITION(Visibility.MEMBERS),
    DISTRICT(Visibility.MEMBERS),
    BIO(Visibility.MEMBERS),
    TOPICS(Visibility.MEMBERS),
    EXPERTISE(Visibility.MEMBERS),
    LINKS(Visibility.MEMBERS),
    PHONE(Visibility.CONTACTS),
    EMAIL(Visibility.CONTACTS),
    PHOTO(Visibility.MEMBERS);

    private final Visibility defaultVisibility;

    ProfileField(Visibility defaultVisibility) {
        this.defaultVisibility = defaultVisibility;
    }

    public Visibility defaultVisibility() {
        return defaultVisibility;
    }
}
