package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressProvisioning;
import de.ddnhamburg.network.domain.congress.HeardFrom;
import de.ddnhamburg.network.domain.congress.ProvisionedRegistration;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionPick;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who has registered for the demo Fachkongress: 26 members (among them the six speakers from the
 * network, in the speakers' category) and two guests, one of them awaiting approval of the reduced
 * price. "Netzwerken für Introvertierte" (20 seats) is exactly full, and three more wait for it,
 * two of them in their second choice meanwhile. Most show themselves in the participant list.
 * Placed in one transaction without mails ({@link CongressProvisioning#register}); Ute Claussen,
 * Elena Petrova, Stefan Kruse, Gesa Martens and the admin are not registered.
 */
final class DemoCongressRegistrations {

    record Categories(long member, long paid, long reduced, long speaker) {}

    /** The two workshop slots and their sessions. */
    record Workshops(
            long firstSlot,
            long ki,
            long lernen,
            long job,
            long secondSlot,
            long fuehren,
            long gesund,
            long introvertierte) {}

    private enum Workshop {
        KI,
        LERNEN,
        JOB,
        FUEHREN,
        GESUND,
        INTRO
    }

    /**
     * One member's registration: the first slot's workshop, the second slot's workshop and its
     * second choice (used while waiting for a full one), and whether they show themselves.
     */
    private record Member(
            String name,
            boolean speaker,
            Workshop first,
            Workshop second,
            @Nullable Workshop fallback,
            boolean shown) {

        Member(String name, boolean speaker, Workshop first, Workshop second) {
            this(name, speaker, first, second, null, true);
        }
    }

    private static final String SPEAKER_CODE = "REFERENT-2027";

    /**
     * In the order of registering (the two guests come before Hauke Thiessen, who takes the last seat
     * of "Netzwerken für Introvertierte"; the three after him wait for it).
     */
    private static final List<Member> MEMBERS = List.of(
            new Member("Claudia Harms", true, Workshop.JOB, Workshop.INTRO),
            new Member("Mehmet Aksoy", true, Workshop.KI, Workshop.INTRO),
            new Member("Thomas Wagner", true, Workshop.LERNEN, Workshop.INTRO),
            new Member("Rieke Sommerfeld", true, Workshop.JOB, Workshop.INTRO),
            new Member("Aylin Yılmaz", true, Workshop.KI, Workshop.FUEHREN),
            new Member("Birte Lorenzen", true, Workshop.LERNEN, Workshop.GESUND),
            new Member("Christina Voss", false, Workshop.JOB, Workshop.INTRO),
            new Member("Jens Petersen", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Henning Brandt", false, Workshop.KI, Workshop.INTRO, null, false),
            new Member("Silke Jansen", false, Workshop.JOB, Workshop.INTRO),
            new Member("Malte Schröder", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Frauke Dittmer", false, Workshop.LERNEN, Workshop.GESUND),
            new Member("Okan Demir", false, Workshop.KI, Workshop.INTRO),
            new Member("Wiebke Carstens", false, Workshop.JOB, Workshop.INTRO),
            new Member("Lars Hinrichsen", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Sabine Ehlers", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Dirk Rasmussen", false, Workshop.KI, Workshop.INTRO, null, false),
            new Member("Anja Wulff", false, Workshop.JOB, Workshop.INTRO),
            new Member("Kerstin Bahr", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Maren Feddersen", false, Workshop.KI, Workshop.GESUND),
            new Member("Tobias Lange", false, Workshop.LERNEN, Workshop.INTRO),
            new Member("Jan-Hendrik Böttcher", false, Workshop.KI, Workshop.FUEHREN),
            new Member("Hauke Thiessen", false, Workshop.KI, Workshop.INTRO),
            new Member("Nadine Koch", false, Workshop.JOB, Workshop.INTRO, Workshop.GESUND, true),
            new Member("Julia Neumann", false, Workshop.KI, Workshop.INTRO, Workshop.FUEHREN, true),
            new Member("Peter Möller", false, Workshop.JOB, Workshop.INTRO, null, true));

    private DemoCongressRegistrations() {}

    static void load(
            CongressProvisioning congress,
            long congressId,
            Map<String, Long> members,
            Categories categories,
            Workshops workshops) {
        List<ProvisionedRegistration> people = new ArrayList<>();
        int guestsAt = MEMBERS.size() - 4;
        for (int i = 0; i < MEMBERS.size(); i++) {
            if (i == guestsAt) {
                people.add(ProvisionedRegistration.guest(guest(
                        congressId,
                        categories.paid(),
                        "Lena",
                        "Hoffmann",
                        "lena.hoffmann@example.net",
                        "Pflegedienst Elbufer",
                        picks(workshops, Workshop.KI, Workshop.INTRO, null))));
                people.add(ProvisionedRegistration.guest(guest(
                        congressId,
                        categories.reduced(),
                        "Paul",
                        "Krüger",
                        "paul.krueger@example.net",
                        null,
                        picks(workshops, Workshop.JOB, Workshop.INTRO, null))));
            }
            Member member = MEMBERS.get(i);
            people.add(ProvisionedRegistration.member(
                    id(members, member.name()), memberRequest(congressId, categories, workshops, member)));
        }
        congress.register(congressId, people);
    }

    private static RegistrationRequest memberRequest(
            long congressId, Categories categories, Workshops workshops, Member member) {
        DemoMembers.DemoMember person = DemoMembers.ALL.stream()
                .filter(candidate -> (candidate.firstName() + " " + candidate.lastName()).equals(member.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo member called " + member.name()));
        return new RegistrationRequest(
                congressId,
                member.speaker() ? categories.speaker() : categories.member(),
                member.speaker() ? SPEAKER_CODE : null,
                person.firstName(),
                person.lastName(),
                null,
                person.organisation(),
                picks(workshops, member.first(), member.second(), member.fallback()),
                new RegistrationAnswers(null, null, false, member.shown(), member.speaker() ? null : HeardFrom.NETWORK),
                BillingAddress.none(),
                true,
                Locale.GERMAN);
    }

    private static RegistrationRequest guest(
            long congressId,
            long category,
            String firstName,
            String lastName,
            String email,
            @Nullable String organisation,
            List<SessionPick> picks) {
        return new RegistrationRequest(
                congressId,
                category,
                null,
                firstName,
                lastName,
                email,
                organisation,
                picks,
                new RegistrationAnswers(null, null, false, false, HeardFrom.COLLEAGUES),
                new BillingAddress(organisation, "Brandstwiete 4", "20457", "Hamburg"),
                true,
                Locale.GERMAN);
    }

    private static List<SessionPick> picks(
            Workshops workshops, Workshop first, Workshop second, @Nullable Workshop fallback) {
        return List.of(
                new SessionPick(workshops.firstSlot(), session(workshops, first), null),
                new SessionPick(
                        workshops.secondSlot(),
                        session(workshops, second),
                        fallback == null ? null : session(workshops, fallback)));
    }

    private static long session(Workshops workshops, Workshop workshop) {
        return switch (workshop) {
            case KI -> workshops.ki();
            case LERNEN -> workshops.lernen();
            case JOB -> workshops.job();
            case FUEHREN -> workshops.fuehren();
            case GESUND -> workshops.gesund();
            case INTRO -> workshops.introvertierte();
        };
    }

    private static long id(Map<String, Long> members, String name) {
        Long id = members.get(name);
        if (id == null) {
            throw new IllegalStateException("No demo member called " + name);
        }
        return id;
    }
}
