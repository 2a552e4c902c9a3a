package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.member.UploadRules;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.ImageUploadHandler;
import de.ddnhamburg.network.ui.components.Notices;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * The group's image for admins: upload (checked and re-encoded by the service like member photos)
 * and removal. {@link #image} shows it to everyone who sees the group, streamed through the session
 * with the service asked on every request.
 */
final class GroupImageEditor extends Div {

    static final int MAX_MEGABYTES = UploadRules.MAX_UPLOAD_BYTES / (1024 * 1024);

    private final GroupAdministrationService groups;
    private final GroupPage group;
    private final Runnable changed;

    GroupImageEditor(GroupAdministrationService groups, GroupPage group, Runnable changed) {
        this.groups = groups;
        this.group = group;
        this.changed = changed;
        setId("group-image-editor");
        addClassName("group-image-editor");
        Upload upload = new Upload(new ImageUploadHandler(this::accept));
        ComponentTexts.localize(upload);
        upload.setId("group-image-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(rejected -> Notices.error("validation.photo.rejected", MAX_MEGABYTES));
        add(new Paragraph(getTranslation("group.image.help", MAX_MEGABYTES)), upload);
        if (group.hasImage()) {
            Button remove = new Button(
                    getTranslation("group.image.remove"),
                    click -> Confirmation.ask(
                            this, "confirm-group-image-remove", "group.confirm.removeImage.", group.name(), () -> {
                                groups.removeImage(group.id());
                                changed.run();
                            }));
            remove.setId("group-image-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(remove);
        }
    }

    /** Called with the uploaded bytes; package-visible so that tests can hand in files. */
    void accept(byte[] bytes) {
        try {
            groups.uploadImage(group.id(), bytes);
            Notices.success("group.image.saved");
            changed.run();
        } catch (DomainException e) {
            Notices.problem(e);
        }
    }

    static Image image(GroupReadService groups, GroupPage group, String alt) {
        Locale language = UI.getCurrent().getLocale();
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        return groups.imageOf(group.id())
                                .map(bytes -> new DownloadResponse(
                                        new ByteArrayInputStream(bytes),
                                        FileNames.of(language, "file.photo.group", "jpg", group.id()),
                                        "image/jpeg",
                                        bytes.length))
                                .orElseGet(() -> DownloadResponse.error(404));
                    } catch (NotFoundException e) {
                        return DownloadResponse.error(404);
                    }
                }),
                alt);
        image.setId("group-image");
        image.addClassName("group-image");
        return image;
    }
}
