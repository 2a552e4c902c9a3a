package de.ddnhamburg.network.domain.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table refuses what an export could not write faithfully. */
class TableTest {

    @Test
    void a_row_must_have_a_cell_for_every_column() {
        assertThatThrownBy(() -> Table.titled("Liste", "A", "B").row("nur eine").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells for 2 columns");
    }

    @Test
    void a_table_needs_a_title_and_a_column() {
        assertThatThrownBy(() -> Table.titled(" ", "A").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.titled("Liste").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cells_are_text_whole_numbers_amounts_or_empty_but_never_binary_fractions() {
        Table table = Table.titled("Liste", "A", "B", "C", "D", "E")
                .row("Text", 1, 2L, new BigDecimal("3.50"), null)
                .build();
        assertThat(table.rows().getFirst()).containsExactly("Text", 1, 2L, new BigDecimal("3.50"), null);

        assertThatThrownBy(() -> Table.titled("Liste", "A").row(0.1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
        assertThatThrownBy(() -> Table.titled("Liste", "A")
                        .row(java.time.LocalDate.EPOCH)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void later_changes_to_the_given_lists_do_not_change_the_table() {
        List<Object> row = new ArrayList<>(List.of("vorher"));
        Table table = Table.titled("Liste", "A").row(row).build();

        row.set(0, "nachher");

        assertThat(table.rows().getFirst()).containsExactly("vorher");
        assertThatThrownBy(() -> table.rows().getFirst().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
