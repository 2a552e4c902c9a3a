package de.ddnhamburg.network.ui.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import de.ddnhamburg.network.domain.event.CalendarFilter;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the calendar's address says, read and written without a browser or Spring. */
class CalendarStateTest {

    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void without_parameters_it_is_the_list_from_this_month_and_week_unfiltered() {
        CalendarState state = read(Map.of(), true);

        assertThat(state).isEqualTo(CalendarState.initial(TODAY));
        assertThat(state.mode()).isEqualTo(CalendarMode.LIST);
        assertThat(state.month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(state.week()).isEqualTo(THIS_MONDAY);
        assertThat(state.filter()).isEqualTo(CalendarFilter.NONE);
    }

    @Test
    void every_parameter_is_read() {
        CalendarState state = read(
                Map.of(
                        "ansicht", "monat",
                        "monat", "2027-03",
                        "typ", "WORKSHOP",
                        "format", "ONLINE",
                        "thema", "netzwerken",
                        "gruppe", "3",
                        "meine", "1"),
                true);

        assertThat(state.mode()).isEqualTo(CalendarMode.MONTH);
        assertThat(state.month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(state.week()).as("the Monday of the week of the 1st").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(state.filter())
                .isEqualTo(new CalendarFilter(EventType.WORKSHOP, EventFormat.ONLINE, "netzwerken", 3L, true));
    }

    @Test
    void a_week_is_its_monday_and_gives_the_month_when_no_month_is_named() {
        CalendarState state = read(Map.of("ansicht", "woche", "woche", "2027-01-01"), true);

        assertThat(state.mode()).isEqualTo(CalendarMode.WEEK);
        assertThat(state.week()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(state.month()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void the_current_month_starts_its_week_at_today() {
        assertThat(read(Map.of("monat", "2026-12"), true).week()).isEqualTo(THIS_MONDAY);
    }

    @Test
    void years_from_2000_to_2100_are_plans_others_typing_errors() {
        assertThat(read(Map.of("monat", "2000-01"), true).month()).isEqualTo(YearMonth.of(2000, 1));
        assertThat(read(Map.of("monat", "2100-12"), true).month()).isEqualTo(YearMonth.of(2100, 12));
        assertThat(read(Map.of("monat", "1999-12"), true).month()).isEqualTo(YearMonth.from(TODAY));
        assertThat(read(Map.of("monat", "2101-01"), true).month()).isEqualTo(YearMonth.from(TODAY));
        assertThat(read(Map.of("woche", "1999-12-31"), true).week()).isEqualTo(THIS_MONDAY);
        assertThat(read(Map.of("woche", "2101-01-03"), true).week()).isEqualTo(THIS_MONDAY);
    }

    @Test
    void what_cannot_be_read_or_is_unknown_falls_back_to_its_default() {
        CalendarState state = read(
                Map.of(
                        "ansicht", "jahr",
                        "monat", "2026-13",
                        "woche", "gestern",
                        "typ", "workshop",
                        "format", "PHONE",
                        "thema", "unbekannt",
                        "gruppe", "drei",
                        "meine", "ja"),
                true);

        assertThat(state).isEqualTo(CalendarState.initial(TODAY));
    }

    @Test
    void a_group_or_topic_the_caller_may_not_use_is_dropped() {
        assertThat(read(Map.of("gruppe", "99"), true).filter().groupId()).isNull();
        assertThat(read(Map.of("thema", "geheim"), true).filter().topic()).isNull();
    }

    @Test
    void only_mine_is_only_for_members() {
        assertThat(read(Map.of("meine", "1"), true).filter().onlyMine()).isTrue();
        assertThat(read(Map.of("meine", "1"), false).filter().onlyMine()).isFalse();
    }

    @Test
    void the_address_holds_the_month_or_the_week_and_the_set_filters_only() {
        CalendarState month = CalendarState.initial(TODAY)
                .withMode(CalendarMode.MONTH)
                .withFilter(new CalendarFilter(null, EventFormat.HYBRID, null, 3L, false));
        assertThat(month.toParameters().getParameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "ansicht", List.of("monat"),
                        "monat", List.of("2026-12"),
                        "format", List.of("HYBRID"),
                        "gruppe", List.of("3")));

        CalendarState week = CalendarState.initial(TODAY).withMode(CalendarMode.WEEK);
        assertThat(week.toParameters().getParameters())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ansicht", List.of("woche"), "woche", List.of("2026-11-30")));
    }

    @Test
    void what_is_written_reads_back_the_same() {
        CalendarState state = new CalendarState(
                CalendarMode.WEEK,
                YearMonth.of(2027, 2),
                LocalDate.of(2027, 2, 15),
                new CalendarFilter(EventType.WORKSHOP, EventFormat.IN_PERSON, "netzwerken", 3L, true));

        assertThat(CalendarState.read(
                        state.toParameters(), TODAY, Set.of("netzwerken")::contains, id -> id == 3L, true))
                .isEqualTo(state);
    }

    @Test
    void moving_goes_by_month_or_by_week_and_today_comes_back() {
        CalendarState month = CalendarState.initial(TODAY).withMode(CalendarMode.MONTH);
        CalendarState nextMonth = month.move(1);
        assertThat(nextMonth.month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(nextMonth.week()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(month.move(-12).month()).isEqualTo(YearMonth.of(2025, 12));

        CalendarState week = CalendarState.initial(TODAY).withMode(CalendarMode.WEEK);
        CalendarState nextWeek = week.move(1);
        assertThat(nextWeek.week()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(nextWeek.month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(week.move(-1).month()).as("the week before lies in November").isEqualTo(YearMonth.of(2026, 11));

        assertThat(nextMonth.move(5).today(TODAY)).isEqualTo(month);
    }

    @Test
    void the_list_link_of_other_pages_names_no_month() {
        QueryParameters list = CalendarState.list(new CalendarFilter(null, null, "netzwerken", null, false));

        assertThat(list.getParameters())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ansicht", List.of("liste"), "thema", List.of("netzwerken")));
    }

    private static CalendarState read(Map<String, String> parameters, boolean member) {
        return CalendarState.read(
                QueryParameters.simple(parameters), TODAY, Set.of("netzwerken")::contains, id -> id == 3L, member);
    }
}
