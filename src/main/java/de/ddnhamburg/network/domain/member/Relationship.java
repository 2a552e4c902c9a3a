package de.ddnhamburg.network.domain.member;

/** How the viewer of a profile relates to its owner; decides which details are shown. */
public enum Relationship {
    SELF,
    CONTACT,
    MEMBER
}
