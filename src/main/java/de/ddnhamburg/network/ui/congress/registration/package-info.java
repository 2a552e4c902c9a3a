/**
 * Registering for the congress: the wizard for guests and members, the guests' confirmation page,
 * "Meine Anmeldung" (members on their account, guests by the mailed manage link) and the admins'
 * approvals. Every rule is the services' ({@code domain.congress}); these pages ask and show.
 */
@NullMarked
package de.ddnhamburg.network.ui.congress.registration;

import org.jspecify.annotations.NullMarked;
