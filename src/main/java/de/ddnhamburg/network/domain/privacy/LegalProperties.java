package de.ddnhamburg.network.domain.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the imprint and the privacy notice say about the operator (docs/configuration.md, "Legal
 * pages"), so that an operator fills them in without rebuilding. The prod profile sets
 * {@code imprintRequired}: without name, address, representative and contact address the
 * application does not start, as it does not without an SMTP server.
 *
 * @param imprintRequired whether missing imprint data stops the start ({@code true} in prod)
 * @param operator who runs the platform (§ 5 DDG)
 * @param dataProtectionOfficer whom to ask about personal data; empty where none is appointed
 */
@Validated
@ConfigurationProperties("app.legal")
public record LegalProperties(
        @DefaultValue("false") boolean imprintRequired,
        @Valid @NotNull Operator operator,
        @Valid @NotNull DataProtectionOfficer dataProtectionOfficer) {

    /**
     * @param name the operator's full name, e.g. an association with its legal form
     * @param address postal address; lines separated by commas or line breaks
     * @param representative who represents the operator (board, managing director)
     * @param register register and number, e.g. "Amtsgericht Hamburg, VR 12345"; may be empty
     * @param vatId VAT identification number; may be empty
     * @param email contact address
     * @param phone contact telephone; may be empty
     */
    public record Operator(
            @DefaultValue("") String name,
            @DefaultValue("") String address,
            @DefaultValue("") String representative,
            @DefaultValue("") String register,
            @DefaultValue("") String vatId,
            @DefaultValue("") String email,
            @DefaultValue("") String phone) {

        /** Whether everything the imprint must name is there. */
        public boolean complete() {
            return !name.isBlank() && !address.isBlank() && !representative.isBlank() && !email.isBlank();
        }
    }

    /** @param name may be empty; @param email may be empty */
    public record DataProtectionOfficer(
            @DefaultValue("") String name, @DefaultValue("") String email) {

        public boolean appointed() {
            return !name.isBlank() || !email.isBlank();
        }
    }

    @AssertTrue(
            message = "app.legal.operator.name, .address, .representative and .email (APP_LEGAL_OPERATOR_NAME,"
                    + " APP_LEGAL_OPERATOR_ADDRESS, APP_LEGAL_OPERATOR_REPRESENTATIVE, APP_LEGAL_OPERATOR_EMAIL) are"
                    + " required for the imprint in production")
    public boolean isImprintComplete() {
        return !imprintRequired || operator == null || operator.complete();
    }
}
