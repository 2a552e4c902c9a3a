package de.ddnhamburg.network.domain.member;

public enum DirectorySort {
    NAME,
    ORGANISATION,
    NEWEST
}
