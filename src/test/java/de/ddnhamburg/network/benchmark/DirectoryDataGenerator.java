package de.ddnhamburg.network.benchmark;

import de.ddnhamburg.network.domain.member.DirectorySearchText;
import de.ddnhamburg.network.domain.member.District;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk-loads realistic members for the directory benchmark with plain JDBC batches (JPA with
 * identity keys cannot batch inserts). A fixed seed makes every run load the same data.
 */
final class DirectoryDataGenerator {

    static final String MARKER_DOMAIN = "@bench.example.org";

    private static final String[] FIRST = {
        "Anna",
        "Birgit",
        "Carsten",
        "Dirk",
        "Elke",
        "Frank",
        "Gabriele",
        "Hauke",
        "Ilka",
        "Jan",
        "Kerstin",
        "Lars",
        "Maren",
        "Nils",
        "Ole",
        "Petra",
        "Rainer",
        "Sabine",
        "Thomas",
        "Ute",
        "Volker",
        "Wiebke",
        "Yvonne",
        "Ahmet",
        "Elif",
        "Mehmet",
        "Olga",
        "Piotr",
        "Sven",
        "Tanja",
        "Jens",
        "Heike",
        "Gesa",
        "Malte",
        "Frauke",
        "Bernd",
        "Claudia",
        "Detlef",
        "Inga",
        "Jürgen",
        "Katrin",
        "Lena",
        "Moritz",
        "Nadine"
    };
    private static final String[] LAST = {
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofmann",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Schmitz",
        "Krause",
        "Meier",
        "Lehmann",
        "Schmid",
        "Schulze",
        "Maier",
        "Köhler",
        "Herrmann",
        "König",
        "Walter",
        "Mayer",
        "Huber",
        "Kaiser",
        "Fuchs",
        "Peters",
        "Lang",
        "Scholz",
        "Möller",
        "Weiß",
        "Jung",
        "Hahn",
        "Vogel",
        "Petersen",
        "Hansen",
        "Jensen",
        "Carstens",
        "Claussen",
        "Ehlers",
        "Hinrichs",
        "Thiessen",
        "Lorenzen",
        "Rasmussen"
    };
    private static final String[] ORG_STEM = {
        "Hanse",
        "Elbe",
        "Alster",
        "Nord",
        "Hafen",
        "Speicherstadt",
        "Wandsbek",
        "Altona",
        "Harburg",
        "Bergedorf",
        "Michel",
        "Jungfernstieg",
        "Eppendorf",
        "Ottensen",
        "Barmbek",
        "Wilhelmsburg"
    };
    private static final String[] ORG_KIND = {
        "Logistik GmbH",
        "Personalberatung",
        "Kliniken",
        "Stiftung",
        "Werft AG",
        "Consulting",
        "Bildungswerk",
        "Versicherung",
        "Pflegedienst",
        "Software GmbH",
        "Handwerk eG",
        "Sparkasse",
        "Verlag",
        "Reederei",
        "Akademie",
        "Beratungszentrum"
    };
    private static final String[] POSITION = {
        "Personalleiterin",
        "Geschäftsführer",
        "Beraterin",
        "Referent",
        "Teamleitung",
        "Projektmanagerin",
        "Coach",
        "Ausbildungsleiter",
        "Betriebsrätin",
        "Recruiterin",
        "Gesundheitsmanager",
        "Trainerin",
        "Inhaber",
        "Sachbearbeiterin",
        "Bereichsleiter"
    };
    private static final String[] EXPERTISE = {
        "Mentoring",
        "BGM",
        "Resilienz",
        "Recruiting",
        "Employer Branding",
        "Weiterbildung",
        "E-Learning",
        "Diversity Management",
        "Führung auf Distanz",
        "Generationen",
        "Teilzeitmodelle",
        "Wiedereinstieg",
        "Coaching",
        "Arbeitsrecht",
        "Demografie",
        "Inklusion",
        "New Work",
        "Nachfolgeplanung",
        "Wissenstransfer",
        "Organisationsentwicklung",
        "Change Management",
        "Ausbildung",
        "Pflege",
        "Digitalisierung"
    };
    private static final long TOPIC_COUNT = 12;
    private static final District[] DISTRICTS = District.values();

    private DirectoryDataGenerator() {}

    static boolean alreadyLoaded(JdbcTemplate jdbc, int members) {
        Integer count = jdbc.queryForObject(
                "select count(*) from member where email like ?", Integer.class, "%" + MARKER_DOMAIN);
        return count != null && count >= members;
    }

    static void load(JdbcTemplate jdbc, int members) {
        Random random = new Random(20261126L);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        int batch = 2_000;
        for (int start = 0; start < members; start += batch) {
            List<Object[]> rows = new ArrayList<>();
            List<String[]> expertiseOf = new ArrayList<>();
            for (int i = start; i < Math.min(members, start + batch); i++) {
                String first = pick(random, FIRST);
                String last = pick(random, LAST);
                String organisation = pick(random, ORG_STEM) + " " + pick(random, ORG_KIND);
                String position = pick(random, POSITION);
                String[] expertise = {pick(random, EXPERTISE), pick(random, EXPERTISE)};
                expertiseOf.add(expertise);
                String search = DirectorySearchText.compose(
                        first,
                        last,
                        organisation,
                        position,
                        expertise[0].equals(expertise[1]) ? List.of(expertise[0]) : List.of(expertise));
                rows.add(new Object[] {
                    now,
                    now,
                    "m" + i + MARKER_DOMAIN,
                    "{noop}x",
                    first,
                    last,
                    organisation,
                    position,
                    DISTRICTS[random.nextInt(DISTRICTS.length)].name(),
                    search
                });
            }
            jdbc.batchUpdate(
                    "insert into member (version, created_at, updated_at, email, password_hash, first_name,"
                            + " last_name, organisation, position, district, search_text, status, language)"
                            + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 'de')",
                    rows);
            List<Long> ids = jdbc.queryForList(
                            "select id from member where email like ? order by id desc limit ?",
                            Long.class,
                            "%" + MARKER_DOMAIN,
                            rows.size())
                    .reversed();
            List<Object[]> topics = new ArrayList<>();
            List<Object[]> tags = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                long first = 1L + random.nextInt((int) TOPIC_COUNT);
                long second = 1 + (first + random.nextInt((int) TOPIC_COUNT - 1)) % TOPIC_COUNT;
                topics.add(new Object[] {id, first});
                topics.add(new Object[] {id, second});
                String[] expertise = expertiseOf.get(i);
                tags.add(new Object[] {id, 0, expertise[0]});
                if (!expertise[1].equals(expertise[0])) {
                    tags.add(new Object[] {id, 1, expertise[1]});
                }
            }
            jdbc.batchUpdate("insert into member_topic (member_id, topic_id) values (?, ?)", topics);
            jdbc.batchUpdate("insert into member_expertise (member_id, sort_order, tag) values (?, ?, ?)", tags);
            jdbc.batchUpdate(
                    "insert into member_role (member_id, role) values (?, 'MEMBER')",
                    ids.stream().map(id -> new Object[] {id}).toList());
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
