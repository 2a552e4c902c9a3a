package de.ddnhamburg.network.domain.group;

public enum GroupRole {
    MEMBER,
    MODERATOR
}
