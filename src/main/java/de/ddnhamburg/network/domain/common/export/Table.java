package de.ddnhamburg.network.domain.common.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an export holds: a title (the sheet's name in XLSX), the column headers and the rows. A cell
 * is text ({@link String}), a whole number or an amount ({@link Integer}, {@link Long},
 * {@link Short}, {@link BigInteger}, {@link BigDecimal}), or empty ({@code null}). Numbers stay
 * numbers in the spreadsheet; pass them as text only where they are not to be calculated with
 * (a phone number). Binary fractions ({@code double}) are refused, so that amounts are never rounded
 * on the way; use {@link BigDecimal}.
 */
public record Table(String title, List<String> headers, List<List<@Nullable Object>> rows) {

    private static final Set<Class<?>> NUMBER_TYPES =
            Set.of(Integer.class, Long.class, Short.class, BigInteger.class, BigDecimal.class);

    public Table {
        if (title.isBlank()) {
            throw new IllegalArgumentException("A table needs a title");
        }
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        headers = List.copyOf(headers);
        List<List<@Nullable Object>> copied = new ArrayList<>(rows.size());
        for (List<@Nullable Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "Row " + copied.size() + " has " + row.size() + " cells for " + headers.size() + " columns");
            }
            for (@Nullable Object cell : row) {
                if (cell != null && !(cell instanceof String) && !NUMBER_TYPES.contains(cell.getClass())) {
                    throw new IllegalArgumentException("Not a text or number cell: " + cell.getClass());
                }
            }
            // List.copyOf refuses nulls, and an empty cell is null.
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Starts a table with its title and column headers; rows follow with {@link Builder#row}. */
    public static Builder titled(String title, String... headers) {
        return new Builder(title, List.of(headers));
    }

    /** As {@link #titled(String, String...)}, for headers that are looked up. */
    public static Builder titled(String title, List<String> headers) {
        return new Builder(title, headers);
    }

    /** Collects the rows of a table; not thread-safe, meant for one export. */
    public static final class Builder {

        private final String title;
        private final List<String> headers;
        private final List<List<@Nullable Object>> rows = new ArrayList<>();

        private Builder(String title, List<String> headers) {
            this.title = title;
            this.headers = List.copyOf(headers);
        }

        public Builder row(@Nullable Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Builder row(List<? extends @Nullable Object> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Table build() {
            return new Table(title, headers, rows);
        }
    }
}
