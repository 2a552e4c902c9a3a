package de.ddnhamburg.network.domain.member;

/** "Ich suche" or "Ich biete": an entry matches one of the same kind in the other direction. */
public enum SeekingDirection {
    SEEK,
    OFFER;

    public SeekingDirection other() {
        return this == SEEK ? OFFER : SEEK;
    }
}
