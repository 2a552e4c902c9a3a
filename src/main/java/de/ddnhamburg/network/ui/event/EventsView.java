package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.domain.event.CalendarFilter;
import de.ddnhamburg.network.domain.event.CalendarGroup;
import de.ddnhamburg.network.domain.event.CalendarPage;
import de.ddnhamburg.network.domain.event.CalendarQuery;
import de.ddnhamburg.network.domain.event.EventListingService;
import de.ddnhamburg.network.domain.event.MyEventOrganisingService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.AudienceLayout;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event calendar as a list of what comes next, a month or a week, with filters; all of it is
 * kept in the address ({@link CalendarState}). Guests see public events; what else a member sees,
 * {@link EventListingService} decides.
 */
@Route(value = RoutePaths.EVENTS, layout = AudienceLayout.class)
@AnonymousAllowed
public class EventsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    /** Events per step of the list; "more" adds another step. */
    static final int LIST_STEP = 30;

    private final EventListingService calendar;
    private final boolean member;
    private final Set<String> topicSlugs;
    private final Set<Long> groupIds;
    private final CalendarFilterBar filters;
    private final Nav modes = new Nav();
    private final Div period = new Div();
    private final Div body = new Div();
    private final RouterLink resetFilters = new RouterLink();
    private CalendarState state;
    private int listLimit = LIST_STEP;

    public EventsView(
            EventListingService calendar,
            TopicService topics,
            MyEventOrganisingService organising,
            CalendarFeedService feeds,
            AuthenticationContext authentication) {
        this.calendar = calendar;
        this.member = authentication.isAuthenticated();
        addClassName("events-view");
        state = CalendarState.initial(calendar.today());
        List<TopicItem> topicList = topics.findAll(getLocale());
        List<CalendarGroup> groups = calendar.groups();
        topicSlugs = topicList.stream().map(TopicItem::slug).collect(Collectors.toSet());
        groupIds = groups.stream().map(CalendarGroup::id).collect(Collectors.toSet());
        filters = new CalendarFilterBar(topicList, groups, member, filter -> go(state.withFilter(filter)));

        modes.setId("calendar-modes");
        modes.addClassName("cal-modes");
        modes.getElement().setAttribute("aria-label", getTranslation("event.calendar.modes"));
        period.addClassName("cal-period");
        resetFilters.setText(getTranslation("event.calendar.filter.reset"));
        resetFilters.setId("calendar-reset-filters");
        resetFilters.addClassName("cal-reset");
        filters.add(resetFilters);
        body.setId("calendar-body");
        body.addClassName("cal-body");

        Div header = new Div(new H1(getTranslation("event.list.title")), modes);
        header.addClassName("cal-header");
        add(header, new EventOrganiserPanel(organising), period, filters, body);
        if (!member) {
            RouterLink login = new RouterLink(getTranslation("event.calendar.guestLogin"), LoginView.class);
            login.setId("calendar-guest-login");
            Paragraph hint = new Paragraph(getTranslation("event.calendar.guestHint") + " ");
            hint.add(login);
            hint.addClassName("cal-guest-hint");
            add(hint);
        }
        // The "Kalender-Abo" is a member's own; guests get the public feed only.
        if (authentication.hasRole(Roles.MEMBER)) {
            add(new CalendarSubscription(feeds));
        } else {
            Paragraph publicFeed =
                    new Paragraph(CalendarLinks.publicFeed(getTranslation("calendar.subscription.public")));
            publicFeed.addClassName("cal-public-feed");
            add(publicFeed);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = CalendarState.read(
                event.getLocation().getQueryParameters(),
                calendar.today(),
                topicSlugs::contains,
                groupIds::contains,
                member);
        listLimit = LIST_STEP;
        render();
    }

    private void go(CalendarState next) {
        getUI().ifPresent(ui -> ui.navigate(EventsView.class, next.toParameters()));
    }

    private void render() {
        modes.removeAll();
        for (CalendarMode mode : CalendarMode.values()) {
            RouterLink link = stateLink(getTranslation("event.calendar.mode." + mode.name()), state.withMode(mode));
            link.setId("calendar-mode-" + mode.parameter);
            if (mode == state.mode()) {
                link.addClassName("active");
                link.getElement().setAttribute("aria-current", "page");
            }
            modes.add(link);
        }
        renderPeriod();
        filters.show(state.filter());
        resetFilters.setQueryParameters(state.withFilter(CalendarFilter.NONE).toParameters());
        resetFilters.setVisible(!state.filter().isEmpty());
        renderBody();
    }

    private void renderPeriod() {
        period.removeAll();
        String unit = state.mode() == CalendarMode.WEEK ? "week" : "month";
        RouterLink previous = stateLink("", state.move(-1));
        previous.add(VaadinIcon.ANGLE_LEFT.create());
        previous.setId("calendar-previous");
        previous.getElement().setAttribute("aria-label", getTranslation("event.calendar.previous." + unit));
        RouterLink next = stateLink("", state.move(1));
        next.add(VaadinIcon.ANGLE_RIGHT.create());
        next.setId("calendar-next");
        next.getElement().setAttribute("aria-label", getTranslation("event.calendar.next." + unit));
        RouterLink today = stateLink(getTranslation("event.calendar.today"), state.today(calendar.today()));
        today.setId("calendar-today");
        for (RouterLink link : List.of(previous, today, next)) {
            link.addClassName("cal-nav-link");
        }
        H2 label = new H2(periodLabel());
        label.setId("calendar-period");
        period.add(previous, today, next, label);
    }

    private String periodLabel() {
        return switch (state.mode()) {
            case MONTH -> CalendarFormat.month(state.month(), getLocale());
            case WEEK ->
                getTranslation(
                        "event.calendar.weekOf",
                        CalendarFormat.date(state.week(), getLocale()),
                        CalendarFormat.date(state.week().plusDays(6), getLocale()));
            case LIST -> getTranslation("event.calendar.from", CalendarFormat.date(listStart(), getLocale()));
        };
    }

    /** The list starts today in the current month, else on the first of the month it was moved to. */
    private LocalDate listStart() {
        LocalDate today = calendar.today();
        return state.month().equals(YearMonth.from(today))
                ? today
                : state.month().atDay(1);
    }

    private void renderBody() {
        body.removeAll();
        LocalDate today = calendar.today();
        CalendarFilter filter = state.filter();
        switch (state.mode()) {
            case MONTH -> {
                CalendarPage page = calendar.find(
                        CalendarQuery.days(state.month().atDay(1), state.month().atEndOfMonth(), filter));
                body.add(new CalendarHighlightList(page.highlights()));
                if (page.entries().isEmpty()) {
                    body.add(empty(getTranslation(
                            "event.calendar.empty.MONTH", CalendarFormat.month(state.month(), getLocale()))));
                }
                body.add(new MonthGrid(state.month(), today, page.entries()));
            }
            case WEEK -> {
                CalendarPage page = calendar.find(
                        CalendarQuery.days(state.week(), state.week().plusDays(6), filter));
                body.add(new CalendarHighlightList(page.highlights()));
                if (page.entries().isEmpty()) {
                    body.add(empty(getTranslation(
                            "event.calendar.empty.WEEK",
                            CalendarFormat.date(state.week(), getLocale()),
                            CalendarFormat.date(state.week().plusDays(6), getLocale()))));
                }
                body.add(new WeekAgenda(state.week(), today, page.entries()));
            }
            case LIST -> {
                LocalDate start = listStart();
                CalendarPage page = calendar.find(CalendarQuery.from(start, filter, listLimit));
                body.add(new CalendarHighlightList(page.highlights()));
                if (page.entries().isEmpty()) {
                    body.add(empty(
                            getTranslation("event.calendar.empty.LIST", CalendarFormat.date(start, getLocale()))));
                } else {
                    body.add(new EventAgendaList(start, page.entries()));
                }
                if (page.more()) {
                    Button more = new Button(getTranslation("event.calendar.more"), click -> {
                        listLimit = Math.min(listLimit + LIST_STEP, CalendarQuery.MAX_LIMIT);
                        renderBody();
                    });
                    more.setId("calendar-more");
                    body.add(more);
                }
            }
        }
    }

    private Div empty(String message) {
        Div empty = new Div(new Paragraph(message));
        empty.setId("calendar-empty");
        empty.addClassName("empty-state");
        if (!state.filter().isEmpty()) {
            RouterLink reset =
                    stateLink(getTranslation("event.calendar.filter.reset"), state.withFilter(CalendarFilter.NONE));
            reset.setId("calendar-empty-reset");
            Paragraph hint = new Paragraph(getTranslation("event.calendar.empty.filtered") + " ");
            hint.add(reset);
            empty.add(hint);
        }
        return empty;
    }

    private static RouterLink stateLink(String text, CalendarState target) {
        RouterLink link = new RouterLink(text, EventsView.class);
        link.setQueryParameters(target.toParameters());
        return link;
    }

    /** Where the list of a group's coming events is, for links from other pages. */
    public static String groupEventsLocation(long groupId) {
        return RoutePaths.EVENTS + "?"
                + CalendarState.list(new CalendarFilter(null, null, null, groupId, false))
                        .getQueryString();
    }

    @Override
    public String titleKey() {
        return "event.list.title";
    }
}
