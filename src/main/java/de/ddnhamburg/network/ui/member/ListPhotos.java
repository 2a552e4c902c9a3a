package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One photo address for a whole list of members ({@code ...?m=42}), instead of one download
 * handler per avatar component: a list rendered in the browser has no avatar components. As with
 * {@link MemberPhotos}, the image is streamed through the session only while the list is shown,
 * and the service decides on every request whether this viewer may see that member's photo.
 */
final class ListPhotos implements Serializable {

    static final String MEMBER_PARAMETER = "m";

    private final MemberProfileService profiles;
    private @Nullable StreamRegistration registration;

    ListPhotos(Component owner, MemberProfileService profiles) {
        this.profiles = profiles;
        // Kept with the list, where its tests find it: ComponentUtil.getData(list, ListPhotos.class).
        ComponentUtil.setData(owner, ListPhotos.class, this);
        owner.addAttachListener(attach -> registration =
                attach.getSession().getResourceRegistry().registerResource(handler(), owner.getElement()));
        owner.addDetachListener(detach -> {
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        });
    }

    /** The photo's address for a card that has one, while the list is shown; otherwise none (initials). */
    @Nullable
    String addressOf(MemberCard card) {
        StreamRegistration current = registration;
        if (!card.hasPhoto() || current == null) {
            return null;
        }
        return current.getResourceUri().toASCIIString() + "?" + MEMBER_PARAMETER + "=" + card.id();
    }

    /** The photo for a request's member parameter, if there is such a member whose photo I may see. */
    Optional<byte[]> photo(@Nullable String memberParameter) {
        if (memberParameter == null || !memberParameter.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return profiles.photoOf(Long.parseLong(memberParameter));
        } catch (NotFoundException unknownOrHidden) {
            return Optional.empty();
        }
    }

    private DownloadHandler handler() {
        return DownloadHandler.fromInputStream(event -> {
            String member = event.getRequest().getParameter(MEMBER_PARAMETER);
            return photo(member)
                    .map(bytes -> new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            FileNames.of(
                                    UI.getCurrent().getLocale(),
                                    "file.photo.member",
                                    "jpg",
                                    Long.parseLong(Objects.requireNonNull(member))),
                            "image/jpeg",
                            bytes.length))
                    .orElseGet(() -> DownloadResponse.error(404));
        });
    }
}
