package de.ddnhamburg.network.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.Application;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.TestPostgres;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The prod profile on an empty PostgreSQL database, started as in production. Every refusal stops
 * the start before anybody is created, so the refusals share one database, which only the first
 * of them migrates; the start that succeeds gets a database of its own.
 */
class ProductionStartTest {

    private static TestPostgres.@Nullable Database refusedDatabase;

    @Test
    void refuses_to_start_on_an_empty_database_without_a_first_admin() {
        Map<String, Object> properties = prodProperties(refusedDatabase());

        assertThatThrownBy(() -> start(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_EMAIL")
                .hasMessageContaining("APP_ADMIN_PASSWORD");
    }

    @Test
    void refuses_to_start_without_an_smtp_server() {
        Map<String, Object> properties = prodProperties(refusedDatabase());
        properties.remove("spring.mail.host");
        properties.put("app.first-admin.email", "chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "a long enough first password");

        assertThatThrownBy(() -> start(properties)).hasStackTraceContaining("SPRING_MAIL_HOST");
    }

    @Test
    void refuses_to_start_without_a_public_address_for_mailed_links() {
        Map<String, Object> properties = prodProperties(refusedDatabase());
        properties.remove("app.public-url");
        properties.put("app.first-admin.email", "chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "a long enough first password");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("app.public-url (APP_PUBLIC_URL) must be an absolute http(s) address");
    }

    @Test
    void refuses_to_start_without_the_operator_for_the_imprint() {
        Map<String, Object> properties = prodProperties(refusedDatabase());
        properties.remove("app.legal.operator.representative");
        properties.put("app.first-admin.email", "chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "a long enough first password");

        assertThatThrownBy(() -> start(properties)).hasStackTraceContaining("APP_LEGAL_OPERATOR_REPRESENTATIVE");
    }

    @Test
    void refuses_to_start_without_the_tax_number_or_vat_id_for_invoices() {
        Map<String, Object> properties = prodProperties(refusedDatabase());
        properties.remove("app.invoice.issuer.tax-number");
        properties.put("app.first-admin.email", "chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "a long enough first password");

        assertThatThrownBy(() -> start(properties))
                .hasStackTraceContaining("APP_INVOICE_ISSUER_TAX_NUMBER")
                .hasStackTraceContaining("APP_INVOICE_ISSUER_VAT_ID");
    }

    @Test
    void refuses_a_first_admin_with_a_short_password() {
        Map<String, Object> properties = prodProperties(refusedDatabase());
        properties.put("app.first-admin.email", "chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "too-short");

        assertThatThrownBy(() -> start(properties)).hasMessageContaining("at least 12 characters");
    }

    @Test
    void creates_the_first_admin_from_the_environment_and_no_demo_data() {
        Map<String, Object> properties = prodProperties(TestPostgres.freshDatabase());
        properties.put("app.first-admin.email", "Chef@ddn-hamburg.de");
        properties.put("app.first-admin.password", "a long enough first password");
        properties.put("app.demo-data.enabled", "true");
        properties.put("app.demo-data.load-members", "3");

        try (ConfigurableApplicationContext app = start(properties)) {
            LoginAccount admin = app.getBean(MemberService.class)
                    .findLoginAccount("chef@ddn-hamburg.de")
                    .orElseThrow();
            assertThat(admin.roles()).containsExactlyInAnyOrder(Roles.MEMBER, Roles.ADMIN);
            assertThat(admin.canLogIn()).isTrue();
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from member", Integer.class))
                    .as("demo data and load-test members never load in prod")
                    .isEqualTo(1);
            assertThat(app.getEnvironment().getProperty("app.invoice.issuer.name"))
                    .as("invoices name the imprint's operator unless told otherwise, never the demo issuer")
                    .isEqualTo("Das Demographie Netzwerk e. V.");
            assertThat(app.getEnvironment().getProperty("app.invoice.payment-terms"))
                    .isEmpty();
        }
    }

    /** Empty of members, whichever refusals ran before: none of them gets as far as creating one. */
    private static synchronized TestPostgres.Database refusedDatabase() {
        if (refusedDatabase == null) {
            refusedDatabase = TestPostgres.freshDatabase();
        }
        return refusedDatabase;
    }

    private static Map<String, Object> prodProperties(TestPostgres.Database database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // Required in prod; nothing listens there, and these tests queue no mail.
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("app.public-url", "https://netzwerk.example.org");
        properties.put("app.legal.operator.name", "Das Demographie Netzwerk e. V.");
        properties.put("app.legal.operator.address", "Musterstraße 1, 20095 Hamburg");
        properties.put("app.legal.operator.representative", "Der Vorstand");
        properties.put("app.legal.operator.email", "kontakt@ddn-hamburg.de");
        properties.put("app.invoice.issuer.tax-number", "27/123/45678");
        return properties;
    }

    /** As command-line arguments, which beat application-prod.properties, like environment variables do. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("prod").run(arguments);
    }
}
