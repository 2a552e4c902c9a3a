package de.ddnhamburg.network.ui.components;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringDataSort;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The one way a lazy Grid, VirtualList or ComboBox pages in the database: the view passes "the page
 * for this {@link Pageable}" and "how many", keeps its filter in a field and refreshes the items when
 * the filter changes, as {@code Grid.setItemsPageable} does for grids only.
 *
 * <p>A component may ask for any range, not only whole pages: a virtual list asks for what is on
 * screen, say 2 items from offset 3, which no {@link PageRequest} expresses. Vaadin's conversion
 * ({@code VaadinSpringDataHelpers.toSpringPageRequest}) then answers with a larger page, and the
 * list refuses it ("exceeds the limit specified by the query"). Here the smallest page that covers
 * the range is fetched and cut to exactly the range asked for.
 */
public final class Paging {

    private Paging() {}

    /**
     * Items whose number the service counts: {@code grid.setItems(Paging.pageable(...))} or
     * {@code virtualList.setDataProvider(Paging.pageable(...))}.
     */
    public static <T> CallbackDataProvider<T, Void> pageable(
            SerializableFunction<Pageable, List<T>> page, SerializableSupplier<Long> count) {
        return new CallbackDataProvider<>(
                query -> slice(query, page), query -> (int) Math.min(count.get(), Integer.MAX_VALUE));
    }

    /**
     * Items found by what is typed into a ComboBox, their number unknown:
     * {@code comboBox.setItems(Paging.pageableByText((text, pageable) -> ...))}; {@code text} is
     * empty before anything is typed.
     */
    public static <T> CallbackDataProvider.FetchCallback<T, String> pageableByText(
            SerializableBiFunction<String, Pageable, List<T>> page) {
        return query -> {
            String text = query.getFilter().orElse("");
            return slice(query, pageable -> page.apply(text, pageable));
        };
    }

    static <T> Stream<T> slice(Query<T, ?> query, SerializableFunction<Pageable, List<T>> page) {
        long offset = query.getOffset();
        int limit = query.getLimit();
        if (limit <= 0) {
            return Stream.empty();
        }
        PageRequest covering = covering(offset, limit, toSpringDataSort(query));
        return page.apply(covering).stream().skip(offset - covering.getOffset()).limit(limit);
    }

    /** The smallest page (at least {@code limit} long) that holds the whole range. */
    static PageRequest covering(long offset, int limit, Sort sort) {
        long last = offset + limit - 1;
        int size = limit;
        while (offset / size != last / size) {
            size++;
        }
        return PageRequest.of(Math.toIntExact(offset / size), size, sort);
    }
}
