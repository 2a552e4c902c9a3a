package de.ddnhamburg.network.ui.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OperatorSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How many seats one client address can hold through the guest form (issue 12, figure for the
 * note): a script on the page sends the form with a fresh mail address each time, from one client
 * address, until it is refused. Bucket4j's bucket ({@code security.ClientRateLimits}) holds
 * {@code per-address} uses and refills them evenly over {@code window}, one every window / limit.
 */
// The default limit of app.security.form-limits (FormLimitProperties), which the test profile
// raises for everything else.
@OperatorSettings
class GuestFormLimitTest extends KaribuTest {

    private static final String REFUSAL = "Von Ihrer Verbindung kamen in letzter Zeit zu viele Anfragen dieser Art."
            + " Bitte versuchen Sie es später noch einmal.";

    @Value("${app.security.form-limits.per-address:10}")
    int perAddress;

    /** The default window of app.security.form-limits, which no test setting changes. */
    private final Duration window = Duration.ofHours(1);

    @Autowired
    EventService events;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fromOneClientAddress() {
        // Karibu's requests have no servlet request for Spring: set the one the limit reads, from
        // an address of its own (the buckets stay in the database between tests).
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("2001:db8::" + UUID.randomUUID().toString().substring(0, 4));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void cleanUp() {
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    @Test
    void one_client_address_holds_the_configured_number_of_seats_then_reads_a_translated_refusal() {
        long id = publicEvent();

        int held = submitUntilRefused(id);

        assertThat(held).isEqualTo(perAddress).isEqualTo(10);
        assertThat(taken(id)).isEqualTo(perAddress);
        // Nothing of what was typed is lost, and the form can be sent again later.
        assertThat(_get(EmailField.class, spec -> spec.withId("guest-email")).getValue())
                .startsWith("skript");
        assertThat(_get(Button.class, spec -> spec.withId("guest-submit")).isEnabled())
                .isTrue();
    }

    @Test
    void within_one_hour_the_refills_add_one_seat_every_window_divided_by_the_limit() {
        long id = publicEvent();
        Duration refill = window.dividedBy(perAddress);

        int held = submitUntilRefused(id);
        // Minute by minute through the rest of the hour, the script tries again.
        for (Duration passed = Duration.ofMinutes(1); passed.compareTo(window) < 0; passed = passed.plusMinutes(1)) {
            clock.advance(Duration.ofMinutes(1));
            held += submitUntilRefused(id);
        }

        // 10 at once, and one more every 6 minutes before the hour is over: 19 by default.
        long refillsWithinTheHour = (window.toMillis() - 1) / refill.toMillis();
        assertThat(held).isEqualTo(perAddress + refillsWithinTheHour).isEqualTo(19);
        assertThat(taken(id)).isEqualTo(held);
    }

    /** Sends the form with fresh addresses until it is refused; how many went through. */
    private int submitUntilRefused(long eventId) {
        int accepted = 0;
        while (true) {
            navigate("veranstaltungen");
            navigate("veranstaltungen/" + eventId);
            FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("guest-name")), "Sam Skript");
            FieldInput.setValueAsUser(
                    _get(EmailField.class, spec -> spec.withId("guest-email")), Contacts.uniqueEmail("skript"));
            FieldInput.setValueAsUser(_get(Checkbox.class, spec -> spec.withId("guest-consent")), true);
            _click(_get(Button.class, spec -> spec.withId("guest-submit")));
            if (_find(Paragraph.class, spec -> spec.withId("guest-done")).isEmpty()) {
                expectNotifications(REFUSAL);
                return accepted;
            }
            accepted++;
        }
    }

    private long publicEvent() {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, 100, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
    }

    private int taken(long eventId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId));
    }
}
