package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.congress.invoice.CongressInvoices;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceAdministrationService;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceFile;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceItem;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceKind;
import de.ddnhamburg.network.domain.congress.invoice.InvoicePaymentService;
import de.ddnhamburg.network.domain.congress.invoice.PaymentStatus;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.RecordRoute;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A congress's invoices and credit notes for admins, in the order of their numbers: what is open
 * and what was paid, each PDF as issued, recording a payment (with its date, after asking), and the
 * accounting export of the congress or of a whole year. The services decide and audit; the page
 * shows.
 */
@Route(value = RoutePaths.CONGRESS_INVOICES, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class CongressInvoicesView extends Div implements BeforeEnterObserver, TranslatedTitle {

    public static final String ID = "id";

    private final InvoiceAdministrationService administration;
    private final InvoicePaymentService payments;
    private final Clock clock;
    private final Grid<InvoiceItem> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private long congressId;
    private String title = "";

    public CongressInvoicesView(
            InvoiceAdministrationService administration, InvoicePaymentService payments, Clock clock) {
        this.administration = administration;
        this.payments = payments;
        this.clock = clock;
        addClassName("congress-invoices-view");
        grid.setId("invoices-grid");
        grid.setEmptyStateText(getTranslation("congress.admin.empty.invoices"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.addColumn(InvoiceItem::number)
                .setKey("number")
                .setHeader(getTranslation("congress.invoice.number"))
                .setAutoWidth(true);
        grid.addColumn(item ->
                        getTranslation("congress.invoice.kind." + item.kind().name()))
                .setKey("kind")
                .setHeader(getTranslation("congress.invoice.kind"))
                .setAutoWidth(true);
        grid.addColumn(item -> date(item.issuedOn()))
                .setKey("issuedOn")
                .setHeader(getTranslation("congress.invoice.issuedOn"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.recipientOrganisation() == null
                        ? item.recipientName()
                        : item.recipientName() + ", " + item.recipientOrganisation())
                .setKey("recipient")
                .setHeader(getTranslation("congress.invoice.recipient"))
                .setFlexGrow(2);
        grid.addColumn(InvoiceItem::categoryName)
                .setKey("category")
                .setHeader(getTranslation("congress.invoice.category"))
                .setFlexGrow(1);
        grid.addColumn(item -> money(item.gross()))
                .setKey("gross")
                .setHeader(getTranslation("congress.invoice.gross"))
                .setAutoWidth(true);
        grid.addColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("congress.invoice.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("congress.invoice.actions"))
                .setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, ID, this::load);
    }

    private void load(long id) {
        CongressInvoices overview = administration.overview(id);
        congressId = id;
        title = overview.congressTitle();
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("congress.invoice.back", title),
                CongressEditorView.class,
                CongressAdministrationView.params(id));
        back.setId("invoices-back");
        H1 heading = new H1(getTranslation("congress.invoice.title", title));
        heading.setId("invoices-title");
        summary.setId("invoices-summary");
        showSummary(overview);
        Div exports = new Div(download(
                "invoices-export",
                getTranslation("congress.invoice.exportCongress"),
                ExportFormat.CSV.fileName(getLocale(), "file.invoices.congress", id),
                () -> administration.exportCongress(congressId, getLocale())));
        for (int year : overview.years()) {
            exports.add(download(
                    "invoices-export-" + year,
                    getTranslation("congress.invoice.exportYear", String.valueOf(year)),
                    ExportFormat.CSV.fileName(getLocale(), "file.invoices.year", year),
                    () -> administration.exportYear(year, getLocale())));
        }
        exports.addClassName("toolbar");
        add(new Paragraph(back), heading, summary, exports);
        if (overview.documents() == 0) {
            Paragraph none = new Paragraph(getTranslation("congress.invoice.none"));
            none.setId("invoices-none");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        grid.setItems(Paging.pageable(
                pageable -> administration.page(congressId, pageable), () -> administration.count(congressId)));
        add(grid);
    }

    /** After a payment was recorded: the totals and the rows again. */
    void refresh() {
        showSummary(administration.overview(congressId));
        grid.getDataProvider().refreshAll();
    }

    private void showSummary(CongressInvoices overview) {
        summary.setText(getTranslation(
                "congress.invoice.summary",
                overview.documents(),
                money(overview.openGross()),
                money(overview.paidGross())));
    }

    private String status(InvoiceItem item) {
        if (item.kind() == InvoiceKind.CREDIT_NOTE) {
            return getTranslation("congress.invoice.cancels", Objects.requireNonNull(item.refersToNumber()));
        }
        PaymentStatus status = Objects.requireNonNull(item.status());
        String text = getTranslation("congress.invoice.status." + status.name());
        return item.paidOn() == null ? text : getTranslation("congress.invoice.paidOn", text, date(item.paidOn()));
    }

    private Component actions(InvoiceItem item) {
        Div actions = new Div();
        actions.addClassName("invoice-actions");
        Locale language = getLocale();
        actions.add(pdf(
                "invoice-pdf-" + item.id(),
                getTranslation("congress.invoice.pdf"),
                () -> administration.pdf(item.id(), language)));
        if (item.payable()) {
            Button paid = new Button(
                    getTranslation("congress.invoice.markPaid"),
                    click -> new MarkPaidDialog(
                                    this, payments, item, LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE)))
                            .open());
            paid.setId("invoice-paid-" + item.id());
            paid.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(paid);
        }
        return actions;
    }

    /** The file is made when the link is followed, in that request, for its signed-in admin. */
    private static Anchor download(String id, String label, String fileName, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, ExportFormat.CSV.contentType(), bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                label);
        anchor.setId(id);
        return anchor;
    }

    /** The PDF opens in a new tab; it is asked for in the download's own request, checked again there. */
    private static Anchor pdf(String id, String label, Supplier<InvoiceFile> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    InvoiceFile file = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                }),
                AttachmentType.INLINE,
                label);
        anchor.setId(id);
        anchor.setTarget(AnchorTarget.BLANK);
        return anchor;
    }

    String date(LocalDate day) {
        return LocalFormats.date(day, getLocale());
    }

    String money(BigDecimal amount) {
        return LocalFormats.money(amount, getLocale());
    }

    @Override
    public String titleKey() {
        return "congress.invoice.title";
    }

    @Override
    public Object[] titleArguments() {
        return new Object[] {title};
    }
}
