package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An issued invoice or credit note. Everything it says is written once, with the insert
 * ({@code updatable = false}); afterwards only the payment status changes: paid with its date, or
 * cancelled by a credit note. It keeps its own copy of the recipient and refers to the registration,
 * congress, category and member by number only, so it outlives them (V210).
 */
@Entity
@Table(name = "congress_invoice")
class Invoice extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private InvoiceKind kind = InvoiceKind.INVOICE;

    @Column(nullable = false, updatable = false, length = 20)
    private String number = "";

    @Column(name = "number_year", nullable = false, updatable = false)
    private int numberYear;

    @Column(name = "number_seq", nullable = false, updatable = false)
    private int numberSeq;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn = LocalDate.EPOCH;

    @Column(name = "refers_to_id", updatable = false)
    private @Nullable Long refersToId;

    @Column(name = "refers_to_number", updatable = false, length = 20)
    private @Nullable String refersToNumber;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    /** Whose registration it was, for "Meine Anmeldung"; cleared when the account is deleted. */
    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "category_id", nullable = false, updatable = false)
    private long categoryId;

    @Column(name = "category_name", nullable = false, updatable = false, length = 100)
    private String categoryName = "";

    @Column(nullable = false, updatable = false, length = 1000)
    private String description = "";

    @Column(name = "service_from", nullable = false, updatable = false)
    private LocalDate serviceFrom = LocalDate.EPOCH;

    @Column(name = "service_to", nullable = false, updatable = false)
    private LocalDate serviceTo = LocalDate.EPOCH;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 201)
    private String recipientName = "";

    @Column(name = "recipient_organisation", updatable = false, length = 200)
    private @Nullable String recipientOrganisation;

    @Column(name = "recipient_street", updatable = false, length = 200)
    private @Nullable String recipientStreet;

    @Column(name = "recipient_postcode", updatable = false, length = 10)
    private @Nullable String recipientPostcode;

    @Column(name = "recipient_city", updatable = false, length = 100)
    private @Nullable String recipientCity;

    @Column(name = "net_amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal netAmount = BigDecimal.ZERO;

    @Column(name = "vat_rate", nullable = false, updatable = false)
    private int vatRate;

    @Column(name = "vat_amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal vatAmount = BigDecimal.ZERO;

    @Column(name = "gross_amount", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal grossAmount = BigDecimal.ZERO;

    /** Invoices only; a credit note has none. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable PaymentStatus status;

    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;

    @Column(name = "cancelled_by_id")
    private @Nullable Long cancelledById;

    protected Invoice() {}

    /**
     * @param refersToId for a credit note, the id of the invoice it cancels
     */
    Invoice(
            InvoiceDocument document,
            @Nullable Long refersToId,
            long registrationId,
            long congressId,
            @Nullable Long memberId,
            long categoryId,
            String categoryName) {
        this.kind = document.kind();
        this.number = document.number().text();
        this.numberYear = document.number().year();
        this.numberSeq = document.number().sequence();
        this.issuedOn = document.issuedOn();
        this.refersToId = refersToId;
        this.refersToNumber = document.refersToNumber();
        this.registrationId = registrationId;
        this.congressId = congressId;
        this.memberId = memberId;
        this.categoryId = categoryId;
        this.categoryName = categoryName;
        this.description = document.description();
        this.serviceFrom = document.serviceFrom();
        this.serviceTo = document.serviceTo();
        InvoiceRecipient recipient = document.recipient();
        this.recipientName = recipient.name();
        this.recipientOrganisation = recipient.organisation();
        this.recipientStreet = recipient.street();
        this.recipientPostcode = recipient.postcode();
        this.recipientCity = recipient.city();
        this.netAmount = document.amounts().net();
        this.vatRate = document.amounts().vatRate();
        this.vatAmount = document.amounts().vat();
        this.grossAmount = document.amounts().gross();
        this.status = document.kind() == InvoiceKind.INVOICE ? PaymentStatus.OPEN : null;
    }

    long id() {
        return Objects.requireNonNull(getId(), "invoice not saved yet");
    }

    InvoiceKind getKind() {
        return kind;
    }

    String getNumber() {
        return number;
    }

    int getNumberYear() {
        return numberYear;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    @Nullable
    Long getRefersToId() {
        return refersToId;
    }

    @Nullable
    String getRefersToNumber() {
        return refersToNumber;
    }

    long getRegistrationId() {
        return registrationId;
    }

    long getCongressId() {
        return congressId;
    }

    @Nullable
    Long getMemberId() {
        return memberId;
    }

    long getCategoryId() {
        return categoryId;
    }

    String getCategoryName() {
        return categoryName;
    }

    String getDescription() {
        return description;
    }

    LocalDate getServiceFrom() {
        return serviceFrom;
    }

    LocalDate getServiceTo() {
        return serviceTo;
    }

    InvoiceRecipient recipient() {
        return new InvoiceRecipient(
                recipientName, recipientOrganisation, recipientStreet, recipientPostcode, recipientCity);
    }

    InvoiceAmounts amounts() {
        return new InvoiceAmounts(netAmount, vatRate, vatAmount, grossAmount);
    }

    @Nullable
    PaymentStatus getStatus() {
        return status;
    }

    @Nullable
    LocalDate getPaidOn() {
        return paidOn;
    }

    @Nullable
    Long getCancelledById() {
        return cancelledById;
    }

    /** Whether this is an invoice still in force: not cancelled, paid or not. */
    boolean inForce() {
        return kind == InvoiceKind.INVOICE && (status == PaymentStatus.OPEN || status == PaymentStatus.PAID);
    }

    void markPaid(LocalDate on) {
        if (kind != InvoiceKind.INVOICE || status != PaymentStatus.OPEN) {
            throw new IllegalStateException("only an open invoice is paid: " + number);
        }
        this.status = PaymentStatus.PAID;
        this.paidOn = on;
    }

    /** Cancelled in full by the credit note; a payment already recorded stays on record (to be refunded). */
    void cancelBy(Invoice creditNote) {
        if (!inForce() || creditNote.kind != InvoiceKind.CREDIT_NOTE) {
            throw new IllegalStateException("only an invoice in force is cancelled by a credit note: " + number);
        }
        this.status = PaymentStatus.CANCELLED;
        this.cancelledById = creditNote.id();
    }

    /** The account was deleted: the invoice stays (legal retention), but no longer names the account. */
    void forgetMember() {
        this.memberId = null;
    }
}
