package de.ddnhamburg.network.domain.common;

/**
 * How often one client address may send an anonymous form, on top of the limits per e-mail
 * address. Declared here and implemented by the security layer, which knows the client's address
 * (behind a trusted proxy, the forwarded one).
 */
public interface ClientLimits {

    /**
     * Counts one use of the form by the current request's client address. Call it before the
     * form's transaction, never inside one: the count commits in a short transaction of its own,
     * which needs a database connection of its own, and a caller holding one connection while it
     * waits for a second can drain the pool under a burst of forms (issue 13). The implementation
     * refuses to run inside a transaction.
     *
     * @throws DomainException {@code form.tooManyFromAddress} when the address used up its
     *     allowance for the window; nothing else happens then
     */
    void acquire(AnonymousForm form);
}
