package de.ddnhamburg.network.domain.capacity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules of {@link WaitingList}s: join at the end, leave without a gap, promote in order. */
public final class WaitingLists {

    private WaitingLists() {}

    /** The position a newcomer gets: behind the last. */
    public static <T> int nextPosition(WaitingList<T> list) {
        return list.lastPosition() + 1;
    }

    /** An entry left the list from {@code position} (cancelled, moved by hand): the rest close up. */
    public static <T> void left(WaitingList<T> list, int position) {
        list.closeGap(position);
    }

    /**
     * While the list has room and someone waits, the first gets the place and the rest move up.
     *
     * @return the promoted, in order
     */
    public static <T> List<T> promote(WaitingList<T> list) {
        return promote(List.of(list), (a, b) -> 0);
    }

    /**
     * Promotes across several lists that share places (the categories of a congress share its
     * overall capacity): while any list with room has someone waiting, the earliest arrival among
     * the first of those lists gets the place, and its list closes up. With one list this is the
     * plain first come, first served.
     *
     * @param arrival orders the first entries of different lists, earliest first
     * @return the promoted, in order
     */
    public static <T> List<T> promote(Collection<? extends WaitingList<T>> lists, Comparator<? super T> arrival) {
        List<T> promoted = new ArrayList<>();
        while (true) {
            WaitingList<T> from = null;
            T next = null;
            for (WaitingList<T> list : lists) {
                if (!list.hasRoom()) {
                    continue;
                }
                Optional<T> first = list.first();
                if (first.isPresent() && (next == null || arrival.compare(first.get(), next) < 0)) {
                    from = list;
                    next = first.get();
                }
            }
            if (from == null || next == null) {
                return promoted;
            }
            int position = from.positionOf(next);
            from.admit(next);
            from.closeGap(position);
            promoted.add(next);
        }
    }
}
