/** The expert groups: their list, a group's page with members and posts, and the admins' group form. */
@NullMarked
package de.ddnhamburg.network.ui.group;

import org.jspecify.annotations.NullMarked;
