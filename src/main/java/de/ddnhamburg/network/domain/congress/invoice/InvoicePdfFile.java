package de.ddnhamburg.network.domain.congress.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The PDF of an invoice or credit note as it was issued and mailed. Kept apart from the row so that
 * lists never load it, and never rendered again: a later change of the issuer's settings must not
 * change an issued document.
 */
@Entity
@Table(name = "congress_invoice_pdf")
class InvoicePdfFile implements Persistable<Long> {

    @Id
    @Column(name = "invoice_id")
    private long invoiceId;

    @Column(nullable = false, updatable = false)
    private byte[] content = new byte[0];

    /** Its id is the invoice's, so saving must be told that it is new (else a select comes first). */
    @Transient
    private boolean stored;

    protected InvoicePdfFile() {}

    InvoicePdfFile(long invoiceId, byte[] content) {
        this.invoiceId = invoiceId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }

    @Override
    public Long getId() {
        return invoiceId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
