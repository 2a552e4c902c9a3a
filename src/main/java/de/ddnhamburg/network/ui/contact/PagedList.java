package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A list that loads one page from the database at a time and offers "show more". Cards with
 * buttons read better than grid rows, and the lists are short for most members; paging keeps the
 * long ones cheap.
 */
final class PagedList<T> extends Div {

    static final int PAGE_SIZE = 20;

    private final Function<Pageable, List<T>> fetch;
    private final LongSupplier count;
    private final Function<T, Component> render;
    private final Supplier<Component> emptyState;
    private final Div items = new Div();
    private final Button more = new Button();
    private int nextPage;
    private long total;

    PagedList(
            String id,
            Function<Pageable, List<T>> fetch,
            LongSupplier count,
            Function<T, Component> render,
            Supplier<Component> emptyState) {
        this.fetch = fetch;
        this.count = count;
        this.render = render;
        this.emptyState = emptyState;
        setId(id);
        addClassName("paged-list");
        items.addClassName("paged-list-items");
        more.setText(getTranslation("contact.view.more"));
        more.setId(id + "-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadNextPage());
        reload();
    }

    /** Starts again from the first page, after something in the list changed. */
    void reload() {
        removeAll();
        items.removeAll();
        nextPage = 0;
        total = count.getAsLong();
        if (total == 0) {
            add(emptyState.get());
            return;
        }
        add(items, more);
        loadNextPage();
    }

    private void loadNextPage() {
        fetch.apply(PageRequest.of(nextPage++, PAGE_SIZE)).forEach(item -> items.add(render.apply(item)));
        more.setVisible(items.getComponentCount() < total);
    }
}
