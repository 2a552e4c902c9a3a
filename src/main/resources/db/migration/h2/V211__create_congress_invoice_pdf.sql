-- The PDF of an invoice or credit note exactly as it was issued and mailed, kept with its row.
create table congress_invoice_pdf (
    invoice_id bigint primary key references congress_invoice (id) on delete cascade,
    content    varbinary(1000000) not null
);
