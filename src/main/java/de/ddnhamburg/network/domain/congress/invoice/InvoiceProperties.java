package de.ddnhamburg.network.domain.congress.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every invoice says about its issuer, and how invoices are kept (docs/configuration.md,
 * "Congress: invoices"). Like the imprint ({@code app.legal}), the prod profile sets
 * {@code issuerRequired}: without the issuer's name, address and tax number or VAT ID the
 * application does not start, since it could not issue a valid invoice (§ 14 (4) UStG). The
 * default profile has demo values.
 *
 * @param issuerRequired whether an incomplete issuer stops the start ({@code true} in prod)
 * @param issuer who issues the invoices
 * @param paymentTerms how to pay, printed on every invoice (bank account, period); may be empty
 * @param exemptionNote why no VAT is charged, printed on invoices of categories with 0 % (such as
 *     the paragraph of § 4 UStG that exempts the congress); may be empty where none is free of VAT
 * @param retentionYears how long invoices are kept, counted from the end of the year of issue
 */
@Validated
@ConfigurationProperties("app.invoice")
record InvoiceProperties(
        @DefaultValue("false") boolean issuerRequired,
        @Valid @NotNull Issuer issuer,
        @DefaultValue("") @Size(max = 500) String paymentTerms,
        @DefaultValue("") @Size(max = 300) String exemptionNote,
        @DefaultValue("10") @Min(10) int retentionYears) {

    /**
     * @param name the issuer's full name with its legal form
     * @param address postal address; commas or line breaks separate the lines
     * @param taxNumber the tax number (Steuernummer) from the tax office; may be empty with a VAT ID
     * @param vatId the VAT identification number (USt-IdNr.); may be empty with a tax number
     */
    record Issuer(
            @DefaultValue("") @Size(max = 200) String name,
            @DefaultValue("") @Size(max = 300) String address,
            @DefaultValue("") @Size(max = 50) String taxNumber,
            @DefaultValue("") @Size(max = 50) String vatId) {

        boolean complete() {
            return !name.isBlank() && !address.isBlank() && !(taxNumber.isBlank() && vatId.isBlank());
        }
    }

    @AssertTrue(
            message = "app.invoice.issuer.name, .address and .tax-number or .vat-id (APP_INVOICE_ISSUER_NAME,"
                    + " APP_INVOICE_ISSUER_ADDRESS, APP_INVOICE_ISSUER_TAX_NUMBER, APP_INVOICE_ISSUER_VAT_ID) are"
                    + " required for invoices in production")
    boolean isIssuerComplete() {
        return !issuerRequired || issuer == null || issuer.complete();
    }
}
