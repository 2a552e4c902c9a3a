package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import java.io.ByteArrayInputStream;

/**
 * Shows a member's photo in an avatar. The image is streamed through the session, and the service
 * decides on every request whether this viewer may see it; there is no public photo address.
 */
final class MemberPhotos {

    private MemberPhotos() {}

    static void show(Avatar avatar, long memberId, MemberProfileService profiles) {
        avatar.setImageHandler(DownloadHandler.fromInputStream(event -> profiles.photoOf(memberId)
                .map(bytes -> new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        FileNames.of(UI.getCurrent().getLocale(), "file.photo.member", "jpg", memberId),
                        "image/jpeg",
                        bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))));
    }
}
