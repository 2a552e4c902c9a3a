package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ticket category of a congress: price (exact gross EUR), VAT rate, quota and who may choose it.
 * Its counter of places held ({@code taken}) is written only by the seat allocation, under the lock
 * of the congress row.
 */
@Entity
@Table(name = "ticket_category")
class TicketCategory extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(nullable = false, length = 100)
    private String name = "";

    @Column(nullable = false, length = 2000)
    private String description = "";

    @Column(name = "price_gross", nullable = false, precision = 10, scale = 2)
    private BigDecimal priceGross = BigDecimal.ZERO;

    @Column(name = "vat_rate", nullable = false)
    private int vatRate;

    @Column(nullable = false)
    private int quota = 1;

    @Column(insertable = false, updatable = false)
    private int taken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketEligibility eligibility = TicketEligibility.EVERYONE;

    @Column(name = "access_code", length = 100)
    private @Nullable String accessCode;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TicketCategory() {}

    TicketCategory(long congressId, String name, BigDecimal priceGross, int vatRate, int quota) {
        this.congressId = congressId;
        this.name = name;
        this.priceGross = priceGross;
        this.vatRate = vatRate;
        this.quota = quota;
    }

    long id() {
        return Objects.requireNonNull(getId(), "ticket category not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    BigDecimal getPriceGross() {
        return priceGross;
    }

    void setPriceGross(BigDecimal priceGross) {
        this.priceGross = priceGross;
    }

    int getVatRate() {
        return vatRate;
    }

    void setVatRate(int vatRate) {
        this.vatRate = vatRate;
    }

    boolean isFree() {
        return priceGross.signum() == 0;
    }

    int getQuota() {
        return quota;
    }

    void setQuota(int quota) {
        this.quota = quota;
    }

    /** Places held in this category, as read with the row. */
    int getTaken() {
        return taken;
    }

    void takenStored(int newTaken) {
        this.taken = newTaken;
    }

    TicketEligibility getEligibility() {
        return eligibility;
    }

    @Nullable
    String getAccessCode() {
        return accessCode;
    }

    /** Who may choose it; the access code exactly when the eligibility asks for one. */
    void setEligibility(TicketEligibility eligibility, @Nullable String accessCode) {
        this.eligibility = eligibility;
        this.accessCode = eligibility == TicketEligibility.ACCESS_CODE ? Objects.requireNonNull(accessCode) : null;
    }

    boolean isApprovalRequired() {
        return approvalRequired;
    }

    void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
