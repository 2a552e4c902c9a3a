package de.ddnhamburg.network.domain.member;

import java.util.List;

/** The first page of the directory for a filter, and how many members match it. */
public record DirectoryPage(List<MemberCard> cards, DirectoryCount count) {}
