package de.ddnhamburg.network.domain.congress.invoice;

import org.springframework.data.jpa.repository.JpaRepository;

/** The issued PDFs; deleted with their invoice by the database ({@code on delete cascade}, V211). */
interface InvoicePdfFileRepository extends JpaRepository<InvoicePdfFile, Long> {}
