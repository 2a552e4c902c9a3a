package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.UploadRules;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.ImageUploadHandler;
import de.ddnhamburg.network.ui.components.Notices;

/** The own photo: upload (checked and re-encoded by the service), preview and removal. */
class PhotoEditor extends Div {

    static final int MAX_MEGABYTES = UploadRules.MAX_UPLOAD_BYTES / (1024 * 1024);

    private final MemberProfileService profiles;
    private final long memberId;
    private final Avatar preview = new Avatar();
    private final Button remove;

    PhotoEditor(MemberProfileService profiles, OwnProfile own) {
        this.profiles = profiles;
        this.memberId = own.id();
        addClassNames("card", "photo-editor");
        setId("photo-editor");
        preview.setName(own.firstName() + " " + own.lastName());
        preview.addClassName("profile-avatar");

        Upload upload = new Upload(new ImageUploadHandler(this::accept));
        ComponentTexts.localize(upload);
        upload.setId("photo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(rejected -> Notices.error("validation.photo.rejected", MAX_MEGABYTES));

        remove = new Button(
                getTranslation("member.photo.remove"),
                click -> Confirmation.ask(
                        this, "confirm-photo-remove", "member.photo.confirmRemove.", "", this::removePhoto));
        remove.setId("photo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(
                new H2(getTranslation("member.photo.title")),
                new Paragraph(getTranslation("member.photo.help", MAX_MEGABYTES)),
                new Div(preview, upload, remove));
        refresh();
    }

    /** Called with the uploaded bytes; public within the package so that tests can hand in files. */
    void accept(byte[] bytes) {
        try {
            profiles.uploadOwnPhoto(bytes);
            refresh();
            Notices.success("member.photo.saved");
        } catch (DomainException e) {
            Notices.problem(e);
        }
    }

    private void removePhoto() {
        profiles.removeOwnPhoto();
        refresh();
    }

    private void refresh() {
        boolean hasPhoto = profiles.hasOwnPhoto();
        if (hasPhoto) {
            MemberPhotos.show(preview, memberId, profiles);
        } else {
            preview.setImageHandler(null);
        }
        remove.setVisible(hasPhoto);
    }
}
