/**
 * Printed matter of the congress, as PDF with Apache PDFBox: name badges on A4 sheets and
 * certificates of attendance. Reads the registrations through {@link
 * de.ddnhamburg.network.domain.congress.CongressRoster} and whether someone attended through {@link
 * de.ddnhamburg.network.domain.congress.AttendanceLookup}.
 */
@NullMarked
package de.ddnhamburg.network.domain.congress.print;

import org.jspecify.annotations.NullMarked;
