/**
 * Tables for spreadsheets: {@link de.ddnhamburg.network.domain.common.export.Table} holds what a
 * list shows, {@link de.ddnhamburg.network.domain.common.export.TableExport} writes it as CSV for
 * German Excel or as XLSX. Every export of the platform goes through here, so that the file
 * conventions and the protection against formulas hold in one place.
 */
@NullMarked
package de.ddnhamburg.network.domain.common.export;

import org.jspecify.annotations.NullMarked;
