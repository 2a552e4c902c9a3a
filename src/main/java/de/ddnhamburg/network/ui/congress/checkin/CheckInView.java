package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.checkin.CheckInCount;
import de.ddnhamburg.network.domain.congress.checkin.CheckInResult;
import de.ddnhamburg.network.domain.congress.checkin.CheckInRules;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.domain.congress.checkin.DeskMatch;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.LivePage;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.congress.CongressSeatsBroadcaster;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The check-in desk of one congress, for a tablet or a phone at the door. One field takes what a
 * hand scanner types (a ticket code, then Enter) or a name to search; it keeps the focus, so the
 * next scan needs no tap. The desk's name is asked once per session and shown to other desks in
 * "bereits eingecheckt … an Platz …". A counter shows, live, how many are in.
 */
@Route(value = RoutePaths.CHECK_IN_DESK, layout = MainLayout.class)
@RolesAllowed({Roles.CHECK_IN, Roles.ADMIN})
@StyleSheet("styles/check-in.css")
public class CheckInView extends Div implements BeforeEnterObserver, TranslatedTitle, LivePage {

    public static final String ID = "id";

    /** The desk's name lives in the session: chosen once per device and sign-in. */
    static final String DESK_ATTRIBUTE = "ddn-check-in-desk";

    private final CheckInService checkIns;
    private final Clock clock;
    private final Span counter = new Span();
    private final TextField input = new TextField();
    private final ResultPanel result;
    private final MatchList matches;
    private final Div work = new Div();
    private final LiveCounter live;
    private long congressId;

    public CheckInView(
            CheckInService checkIns, CheckInBroadcaster broadcaster, CongressSeatsBroadcaster places, Clock clock) {
        this.checkIns = checkIns;
        this.clock = clock;
        this.result = new ResultPanel(this::undo);
        this.matches = new MatchList(this::checkIn);
        this.live = new LiveCounter(this, broadcaster, places, () -> showCount(checkIns.count(congressId)));
        addClassName("check-in-view");
    }

    @Override
    public String titleKey() {
        return "checkin.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        removeAll();
        // Back to the choice only if there is one to make (the way in opens a single congress at once).
        if (checkIns.congresses().size() > 1) {
            RouterLink back = new RouterLink(getTranslation("checkin.choose.back"), CheckInStartView.class);
            back.setId("check-in-choose");
            add(new Paragraph(back));
        }
        try {
            show(checkIns.congress(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (DomainException closed) {
            Paragraph text = new Paragraph(getTranslation(closed.getMessageKey()));
            text.setId("check-in-closed");
            text.addClassName("check-in-closed");
            add(new H1(getTranslation("checkin.title")), text);
        }
    }

    private void show(DeskCongress congress) {
        congressId = congress.id();
        H1 title = new H1(getTranslation("checkin.title"));
        Paragraph name = new Paragraph(congress.title());
        name.setId("check-in-congress");
        name.addClassName("check-in-congress");
        counter.setId("check-in-counter");
        counter.addClassName("check-in-counter");
        showCount(checkIns.count(congressId));
        Div head = new Div(new Div(title, name), counter);
        head.addClassName("check-in-head");
        work.addClassName("check-in-work");
        add(head, work);
        showWork();
        live.follow(congressId);
    }

    /** The desk's name first; then the field, the answer and the search results. */
    private void showWork() {
        work.removeAll();
        result.clear();
        matches.clear();
        String desk = desk();
        if (desk == null) {
            work.add(new DeskNameForm(this::chooseDesk));
            return;
        }
        Span deskName = new Span(getTranslation("checkin.desk.current", desk));
        deskName.setId("check-in-desk");
        Button change = new Button(getTranslation("checkin.desk.change"), click -> chooseDesk(null));
        change.setId("check-in-desk-change");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div deskLine = new Div(deskName, change);
        deskLine.addClassName("check-in-desk");

        configureInput();
        Button check = new Button(getTranslation("checkin.input.submit"), click -> submit(input.getValue()));
        check.setId("check-in-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div line = new Div(input, check);
        line.addClassName("check-in-input-line");
        work.add(deskLine, line, result, matches);
        input.focus();
    }

    private void configureInput() {
        input.setId("check-in-input");
        input.setLabel(getTranslation("checkin.input.label"));
        input.setHelperText(getTranslation("checkin.input.help"));
        input.setMaxLength(CheckInRules.INPUT_MAX);
        input.setClearButtonVisible(true);
        input.setAutofocus(true);
        input.setAutocomplete(Autocomplete.OFF);
        input.setAutocapitalize(Autocapitalize.NONE);
        input.getElement().setAttribute("spellcheck", "false");
        input.setPrefixComponent(VaadinIcon.BARCODE.create());
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        // A scanner types the code and presses Enter at once: the value is taken from the key event
        // itself rather than from the field's value change, which may arrive after it.
        input.getElement()
                .addEventListener(
                        "keydown",
                        event -> submit(
                                event.getEventData().path("element.value").asString("")))
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'")
                .addEventData("element.value");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A tap on the page outside a control gives the focus back to the field, ready for the next scan.
        getElement()
                .executeJs(
                        "const field = $0; this.addEventListener('click', e => {"
                                + " if (!e.target.closest('vaadin-button, vaadin-text-field, a, button, input')) field.focus(); });",
                        input.getElement());
    }

    void submit(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        // The field is emptied for the next scan even if its value never reached the server.
        input.setValue(text);
        input.clear();
        input.focus();
        if (text.isEmpty()) {
            return;
        }
        String desk = desk();
        if (desk == null) {
            showWork();
            return;
        }
        if (CheckInRules.isReadableTicketCode(text)) {
            matches.clear();
            show(checkIns.checkInTicket(congressId, text, desk));
        } else if (text.length() < CheckInRules.SEARCH_MIN) {
            result.clear();
            matches.tooShort();
        } else {
            List<DeskMatch> found = checkIns.search(congressId, text);
            if (found.isEmpty() && CheckInRules.isTicketCode(text)) {
                // A misread scan, not a name: the service says so in its words.
                matches.clear();
                show(checkIns.checkInTicket(congressId, text, desk));
            } else {
                result.clear();
                matches.show(found, text);
            }
        }
    }

    private void checkIn(long registrationId) {
        String desk = desk();
        if (desk == null) {
            showWork();
            return;
        }
        matches.clear();
        show(checkIns.checkIn(congressId, registrationId, desk));
        input.focus();
    }

    private void undo(long checkInId) {
        show(checkIns.undo(checkInId));
        input.focus();
    }

    private void show(CheckInResult answer) {
        result.show(answer, clock.instant());
        showCount(answer.count());
    }

    private void showCount(CheckInCount count) {
        counter.setText(getTranslation("checkin.counter", count.checkedIn(), count.expected()));
    }

    private void chooseDesk(@Nullable String desk) {
        VaadinSession.getCurrent().setAttribute(DESK_ATTRIBUTE, desk);
        showWork();
    }

    private static @Nullable String desk() {
        Object desk = VaadinSession.getCurrent().getAttribute(DESK_ATTRIBUTE);
        return desk instanceof String name ? name : null;
    }
}
