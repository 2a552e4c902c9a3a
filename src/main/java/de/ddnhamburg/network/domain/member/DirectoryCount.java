package de.ddnhamburg.network.domain.member;

/**
 * How many members match. Counting stops at a limit: beyond it, the exact number means nothing to
 * a person scrolling a list, and counting every match of a broad search would cost more than
 * finding the first page (docs/decisions/005-directory-query.md).
 */
public record DirectoryCount(long value, boolean exact) {

    /** What a lazy list may show: all matches when the count is exact, else the limit. */
    public int listSize() {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
