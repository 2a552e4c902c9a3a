/**
 * The congress's lists as spreadsheets (CSV for German Excel and XLSX, written by {@link
 * de.ddnhamburg.network.domain.common.export.TableExport}): participants, one list per workshop,
 * the door list and the catering counts. Admins only, every export audited.
 */
@NullMarked
package de.ddnhamburg.network.domain.congress.export;

import org.jspecify.annotations.NullMarked;
