package de.ddnhamburg.network.ui.congress.print;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationKey;
import de.ddnhamburg.network.domain.congress.print.CongressCertificateService;
import java.util.Optional;

/**
 * The certificate of attendance on "Meine Anmeldung", shown once the service says there is one
 * (checked in, the congress over); the file is made for the owner's key when the link is followed.
 */
public final class CertificateDownload extends Div {

    private CertificateDownload(CongressCertificateService certificates, RegistrationKey key, long congressId) {
        setId("mine-certificate");
        addClassName("congress-certificate");
        Anchor link = Downloads.link(
                "mine-certificate-download",
                getTranslation("congress.certificate.download"),
                FileNames.of(getLocale(), "file.certificate", "pdf", congressId),
                Downloads.PDF,
                () -> certificates.mine(key));
        add(
                new H3(getTranslation("congress.certificate.mineTitle")),
                new Paragraph(getTranslation("congress.certificate.mineText")),
                link);
    }

    /**
     * The block for this registration, if it has a certificate. The registration panel is built by
     * three pages (members', guests', the confirmation), so the service comes from Vaadin's Spring
     * instantiator here rather than through each of them.
     */
    public static Optional<CertificateDownload> forRegistration(RegistrationKey key, RegistrationDetails details) {
        if (details.status() == CongressRegistrationStatus.CANCELLED) {
            return Optional.empty();
        }
        CongressCertificateService certificates =
                VaadinService.getCurrent().getInstantiator().getOrCreate(CongressCertificateService.class);
        try {
            return certificates.available(key)
                    ? Optional.of(new CertificateDownload(certificates, key, details.congressId()))
                    : Optional.empty();
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
