package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * A registration for the demo data ({@link CongressProvisioning#register}): a member's, named by
 * the member's id (the address comes from the account), or a guest's, who counts as having
 * confirmed the address.
 */
public record ProvisionedRegistration(@Nullable Long memberId, RegistrationRequest request) {

    public static ProvisionedRegistration member(long memberId, RegistrationRequest request) {
        return new ProvisionedRegistration(memberId, request);
    }

    public static ProvisionedRegistration guest(RegistrationRequest request) {
        return new ProvisionedRegistration(null, request);
    }
}
