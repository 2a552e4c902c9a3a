package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressCategoryService;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.TicketCategoryDraft;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Congresses with paid, free, reduced (approval) and VAT-free categories, built through the admin
 * services; members registering in them; and what the tables and the outbox hold about invoices.
 */
@Component
public class InvoiceFixture {

    /** A congress of {@link Congresses#build} with more categories. */
    public record Congress(
            long id,
            String title,
            long paid,
            long free,
            long reduced,
            long exempt,
            long small,
            long workshopSlot,
            long workshop) {}

    /** One row of {@code congress_invoice}. */
    public record Row(
            long id,
            String kind,
            String number,
            int year,
            int sequence,
            @Nullable String status,
            @Nullable LocalDate paidOn,
            @Nullable Long refersToId,
            @Nullable String refersToNumber,
            @Nullable Long cancelledById,
            long categoryId,
            BigDecimal net,
            int vatRate,
            BigDecimal vat,
            BigDecimal gross,
            @Nullable Long memberId,
            String recipientName,
            @Nullable String recipientOrganisation,
            @Nullable String recipientStreet) {}

    /** A file attached to an outbox mail, with the mail's subject. */
    public record Attachment(String subject, String fileName, String contentType, byte[] content) {}

    static final BillingAddress BILLING =
            new BillingAddress("Elbe Consult GmbH", "Speicherstadt 7", "20095", "Hamburg");

    private final ApplicationContext context;
    private final Clock clock;
    private final MemberCongressRegistrationService registrations;
    private final CongressCategoryService categories;
    private final JdbcTemplate jdbc;
    private final Map<Long, String> lastNames = new ConcurrentHashMap<>();

    /**
     * {@link TestMembers} is looked up when used: this component is found by every context started
     * from the test class path, also those without the test members (ProductionStartTest).
     */
    InvoiceFixture(
            ApplicationContext context,
            Clock clock,
            MemberCongressRegistrationService registrations,
            CongressCategoryService categories,
            JdbcTemplate jdbc) {
        this.context = context;
        this.clock = clock;
        this.registrations = registrations;
        this.categories = categories;
        this.jdbc = jdbc;
    }

    /**
     * A published congress open for registration now: "Nichtmitglied" 89 € at 19 % (50 places),
     * free "Mitglied", "ermäßigt" 39 € at 7 % after approval, "Förderprogramm" 150 € free of VAT,
     * and "Einzelplatz" 120 € at 19 % with one place.
     */
    public Congress congress() {
        TestMembers members = members();
        Congresses.Built built = Congresses.build(members, context, clock, true);
        return Acting.as(
                members.admin(),
                () -> new Congress(
                        built.congressId(),
                        title(built.congressId()),
                        built.categoryId(),
                        category(built.congressId(), "Mitglied", "0", 0, 50, false),
                        category(built.congressId(), "ermäßigt", "39.00", 7, 50, true),
                        category(built.congressId(), "Förderprogramm", "150.00", 0, 50, false),
                        category(built.congressId(), "Einzelplatz", "120.00", 19, 1, false),
                        built.workshopSlotId(),
                        built.workshopId()));
    }

    private long category(long congressId, String name, String price, int rate, int quota, boolean approval) {
        return categories.add(
                congressId,
                new TicketCategoryDraft(
                        name, "", new BigDecimal(price), rate, quota, TicketEligibility.EVERYONE, null, approval));
    }

    /** A new member "Mia {name}". */
    public LoginAccount member(String name) {
        LoginAccount account = members().ensure(Contacts.uniqueEmail(name), "Mia", name, Set.of(Roles.MEMBER));
        lastNames.put(account.memberId(), name);
        return account;
    }

    /**
     * The member of {@link #member} registers as "Mia {name}" in the category, with the billing
     * address of {@link #BILLING}.
     */
    public RegistrationDetails register(LoginAccount member, Congress congress, long category) {
        String lastName = Objects.requireNonNull(lastNames.get(member.memberId()), "a member of this fixture");
        return register(member, congress, category, "Mia", lastName);
    }

    public RegistrationDetails register(
            LoginAccount member, Congress congress, long category, String firstName, String lastName) {
        return Acting.as(member, () -> registrations.register(request(congress, category, firstName, lastName)));
    }

    static RegistrationRequest request(Congress congress, long category, String firstName, String lastName) {
        return new RegistrationRequest(
                congress.id(),
                category,
                null,
                firstName,
                lastName,
                null,
                null,
                List.of(new SessionPick(congress.workshopSlot(), congress.workshop(), null)),
                RegistrationAnswers.none(),
                BILLING,
                true,
                Locale.GERMAN);
    }

    /** The registration's invoices and credit notes, in the order they were issued. */
    public List<Row> invoices(long registrationId) {
        return jdbc.query(
                """
                select id, kind, number, number_year, number_seq, status, paid_on, refers_to_id, refers_to_number,
                       cancelled_by_id, category_id, net_amount, vat_rate, vat_amount, gross_amount, member_id,
                       recipient_name, recipient_organisation, recipient_street
                  from congress_invoice where registration_id = ? order by id
                """,
                (rs, n) -> {
                    Date paid = rs.getDate(7);
                    return new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getString(6),
                            paid == null ? null : paid.toLocalDate(),
                            rs.getObject(8, Long.class),
                            rs.getString(9),
                            rs.getObject(10, Long.class),
                            rs.getLong(11),
                            rs.getBigDecimal(12),
                            rs.getInt(13),
                            rs.getBigDecimal(14),
                            rs.getBigDecimal(15),
                            rs.getObject(16, Long.class),
                            rs.getString(17),
                            rs.getString(18),
                            rs.getString(19));
                },
                registrationId);
    }

    /** The PDF stored with the invoice. */
    public byte[] storedPdf(long invoiceId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select content from congress_invoice_pdf where invoice_id = ?", byte[].class, invoiceId));
    }

    /** Every file attached to the mails to the address, mail by mail, in order. */
    public List<Attachment> attachments(String recipient) {
        return jdbc.query(
                """
                select subject, name, type, content, base64 from (
                  select m.id as mail, 0 as position, m.subject as subject, m.attachment_name as name,
                         m.attachment_type as type, m.attachment_content as content, m.attachment_base64 as base64
                    from outbox_mail m where m.recipient = ? and m.attachment_name is not null
                  union all
                  select m.id, a.position, m.subject, a.file_name, a.content_type, a.content, a.base64
                    from outbox_mail_attachment a join outbox_mail m on m.id = a.mail_id where m.recipient = ?
                ) files order by mail, position
                """,
                (rs, n) -> new Attachment(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(5)
                                ? Base64.getDecoder().decode(rs.getString(4))
                                : rs.getString(4).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                recipient,
                recipient);
    }

    /** The attached PDFs only (invoices and credit notes), in order. */
    public List<Attachment> documents(String recipient) {
        return attachments(recipient).stream()
                .filter(file -> file.contentType().equals("application/pdf"))
                .toList();
    }

    private TestMembers members() {
        return context.getBean(TestMembers.class);
    }

    private String title(long congressId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select title from congress where id = ?", String.class, congressId));
    }
}
