package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagingTest {

    private static final List<Integer> ROWS = IntStream.range(0, 1000).boxed().toList();

    @Test
    void the_covering_page_holds_the_whole_range_and_is_not_shorter_than_asked() {
        for (int offset = 0; offset < 300; offset++) {
            for (int limit = 1; limit <= 60; limit++) {
                PageRequest page = Paging.covering(offset, limit, Sort.unsorted());
                assertThat(page.getOffset()).isLessThanOrEqualTo(offset);
                assertThat(page.getOffset() + page.getPageSize()).isGreaterThanOrEqualTo(offset + limit);
                assertThat(page.getPageSize()).isGreaterThanOrEqualTo(limit);
            }
        }
    }

    @Test
    void whole_pages_are_fetched_as_they_are() {
        assertThat(Paging.covering(100, 50, Sort.unsorted())).isEqualTo(PageRequest.of(2, 50));
    }

    @Test
    void any_range_gets_exactly_its_rows() {
        for (int[] range : new int[][] {{0, 2}, {3, 2}, {49, 2}, {1, 50}, {997, 50}}) {
            Query<Integer, Void> query = new Query<>(range[0], range[1], List.of(), null, null);

            List<Integer> rows = Paging.slice(query, PagingTest::page).toList();

            assertThat(rows)
                    .as("offset %d, limit %d", range[0], range[1])
                    .containsExactlyElementsOf(IntStream.range(range[0], Math.min(range[0] + range[1], 1000))
                            .boxed()
                            .toList());
        }
    }

    private static List<Integer> page(Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), ROWS.size());
        return ROWS.subList(from, Math.min(from + pageable.getPageSize(), ROWS.size()));
    }
}
