package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.SpeakerCard;
import de.ddnhamburg.network.ui.RoutePaths;
import java.io.ByteArrayInputStream;

/**
 * A speaker as the congress page and a session's page show them: photo (or initials), name (a link
 * to the profile for members, where the speaker is one), organisation and bio.
 */
final class SpeakerCards {

    private SpeakerCards() {}

    static Div card(CongressReadService congresses, SpeakerCard speaker, boolean member) {
        Div card = new Div();
        card.setId("congress-speaker-" + speaker.id());
        card.addClassName("congress-speaker");
        if (speaker.hasPhoto()) {
            Image photo = new Image(
                    DownloadHandler.fromInputStream(event -> congresses
                            .speakerPhoto(speaker.id())
                            .map(bytes -> new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    FileNames.of(
                                            UI.getCurrent().getLocale(), "file.photo.speaker", "jpg", speaker.id()),
                                    "image/jpeg",
                                    bytes.length))
                            .orElseGet(() -> DownloadResponse.error(404))),
                    speaker.name());
            photo.addClassName("congress-speaker-photo");
            card.add(photo);
        } else {
            Span initials = new Span(initials(speaker.name()));
            initials.addClassName("congress-speaker-initials");
            initials.getElement().setAttribute("aria-hidden", "true");
            card.add(initials);
        }
        Div text = new Div();
        Component name = member && speaker.memberId() != null
                ? new Anchor(RoutePaths.MEMBERS + "/" + speaker.memberId(), speaker.name())
                : new Span(speaker.name());
        name.addClassName("congress-speaker-name");
        text.add(name);
        if (speaker.organisation() != null) {
            Span organisation = new Span(speaker.organisation());
            organisation.addClassName("congress-speaker-organisation");
            text.add(organisation);
        }
        if (speaker.bio() != null) {
            Paragraph bio = new Paragraph(speaker.bio());
            bio.addClassName("congress-speaker-bio");
            text.add(bio);
        }
        card.add(text);
        return card;
    }

    static String initials(String name) {
        String[] parts = name.replaceAll("(Prof\\.|Dr\\.)\\s*", "").strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }
}
