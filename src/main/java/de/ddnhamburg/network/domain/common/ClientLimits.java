package de.ddnhamburg.network.domain.common;

/**
 * How often one client address may send an anonymous form, on top of the limits per e-mail
 * address. Declared here and implemented by the security layer, which knows the client's address
 * (behind a trusted proxy, the forwarded one).
 */
public interface ClientLimits {

    /**
     * Counts one use of the form by the current request's client address.
     *
     * @throws DomainException {@code form.tooManyFromAddress} when the address used up its
     *     allowance for the window; nothing else happens then
     */
    void acquire(AnonymousForm form);
}
