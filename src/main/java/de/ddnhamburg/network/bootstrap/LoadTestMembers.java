package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Extra members for load tests ({@code app.demo-data.load-members=N}, 0 by default): the Gatling
 * journeys log in as {@code load-00001@load.example.org} and so on, one account per virtual user, so
 * that no two virtual users register the same member for the same event or send the same contact
 * request. They use the demo password and are listed in the directory. Like the demo data, never in
 * prod; runs after the demo data and only while the first of them does not exist yet.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@Order(3)
class LoadTestMembers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LoadTestMembers.class);

    private static final List<String> FIRST_NAMES =
            List.of("Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hannes", "Ida", "Jonas");
    private static final List<String> LAST_NAMES =
            List.of("Lastmann", "Probst", "Versuch", "Messer", "Zähler", "Tester", "Lauf", "Schub");
    private static final List<String> TOPICS =
            List.of("netzwerken", "demografischer-wandel", "wiedereinstieg-back-in-job", "neue-arbeitsformen");

    private static final List<District> DISTRICTS =
            List.of(District.ALTONA, District.EIMSBUETTEL, District.HAMBURG_MITTE, District.HAMBURG_NORD);

    private final MemberProvisioning provisioning;
    private final int count;

    LoadTestMembers(MemberProvisioning provisioning, @Value("${app.demo-data.load-members:0}") int count) {
        this.provisioning = provisioning;
        this.count = count;
    }

    /** The address of load member {@code number} (1-based), as the Gatling feeders build it. */
    static String email(int number) {
        return String.format(Locale.ROOT, "load-%05d@load.example.org", number);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0) {
            return;
        }
        String hash = provisioning.encodePassword(DemoDataLoader.DEMO_PASSWORD);
        int created = 0;
        for (int number = 1; number <= count; number++) {
            try {
                create(number, hash);
                created++;
            } catch (DomainException taken) {
                // An earlier start with the same data directory created this one already.
            }
        }
        LOG.info("Loaded load-test members: {} new, {} in all", created, count);
    }

    private void create(int number, String hash) {
        String first = FIRST_NAMES.get(number % FIRST_NAMES.size());
        String last = LAST_NAMES.get((number / FIRST_NAMES.size()) % LAST_NAMES.size());
        Set<String> topics = Set.of(TOPICS.get(number % TOPICS.size()));
        String organisation = "Lasttest " + (char) ('A' + number % 26) + " GmbH";
        MemberSummary member = provisioning.createActive(
                new NewMember(email(number), first, last, organisation, topics, Set.of(Roles.MEMBER)), hash);
        provisioning.completeProfile(
                member.id(),
                new ProfileUpdate(
                        null,
                        first,
                        last,
                        organisation,
                        "Testperson",
                        DISTRICTS.get(number % DISTRICTS.size()),
                        "Ein Konto für Lasttests.",
                        List.of("Lasttests"),
                        topics,
                        null,
                        null,
                        null,
                        null,
                        true,
                        Map.of()));
    }
}
