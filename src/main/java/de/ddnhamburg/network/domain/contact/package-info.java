/**
 * Contact requests, contacts and blocks: a member asks another for contact with a short first
 * message; on acceptance both see each other's details for contacts. See
 * docs/decisions/005-contacts.md.
 */
@NullMarked
package de.ddnhamburg.network.domain.contact;

import org.jspecify.annotations.NullMarked;
