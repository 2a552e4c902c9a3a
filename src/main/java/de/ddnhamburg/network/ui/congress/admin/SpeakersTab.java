package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.CongressAdminDetails;
import de.ddnhamburg.network.domain.congress.CongressRules;
import de.ddnhamburg.network.domain.congress.SpeakerDraft;
import de.ddnhamburg.network.domain.congress.SpeakerItem;
import de.ddnhamburg.network.domain.member.AdminMemberFilter;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The speakers of an edition: members (picked from the accounts; the name comes from the profile)
 * or external people with organisation, bio and a photo, checked and re-encoded like members'
 * photos.
 */
class SpeakersTab extends Div {

    static final int MAX_MEGABYTES = 5;

    private final CongressEditorView editor;

    SpeakersTab(CongressEditorView editor, CongressAdminDetails details) {
        this.editor = editor;
        setId("congress-speakers-tab");
        Button add = new Button(getTranslation("congress.speaker.add"), click -> open(null));
        add.setId("congress-speaker-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add);
        if (details.speakers().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("congress.speaker.empty"));
            empty.setId("congress-speakers-empty");
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Grid<SpeakerItem> grid = new Grid<>();
        grid.setId("congress-speaker-grid");
        grid.setEmptyStateText(getTranslation("congress.admin.empty.speakers"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SpeakerItem::name)
                .setHeader(getTranslation("congress.field.name"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.organisation() == null ? "" : item.organisation())
                .setHeader(getTranslation("congress.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation(
                        item.memberId() == null ? "congress.speaker.external" : "congress.speaker.member"))
                .setHeader(getTranslation("congress.speaker.kind"))
                .setAutoWidth(true);
        grid.addColumn(item ->
                        getTranslation(item.hasPhoto() ? "congress.speaker.photoYes" : "congress.speaker.photoNo"))
                .setHeader(getTranslation("congress.speaker.photo"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> {
                    Button edit = new Button(getTranslation("congress.admin.edit"), click -> open(item));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button photo = new Button(getTranslation("congress.speaker.photo"), click -> openPhoto(item));
                    photo.setId("congress-speaker-photo-" + item.id());
                    photo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button remove = new Button(
                            getTranslation("congress.admin.remove"),
                            click -> Confirmation.ask(
                                    this,
                                    "confirm-speaker-remove",
                                    "congress.confirm.removeSpeaker.",
                                    item.name(),
                                    () -> editor.act(
                                            () -> editor.speakers.remove(item.id()), "congress.admin.removed")));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return new Div(edit, photo, remove);
                })
                .setHeader(getTranslation("congress.admin.actions"))
                .setAutoWidth(true);
        grid.setItems(details.speakers());
        add(grid);
    }

    private void open(@Nullable SpeakerItem existing) {
        ComboBox<AdminMemberRow> member = new ComboBox<>(getTranslation("congress.field.member"));
        member.setId("congress-speaker-member");
        member.setHelperText(getTranslation("congress.speaker.memberHelp"));
        member.setItems(Paging.pageableByText((text, pageable) -> editor.members.findPage(
                new AdminMemberFilter(text.isBlank() ? null : text, MemberStatus.ACTIVE, null), pageable)));
        member.setItemLabelGenerator(row ->
                row.organisation() == null ? row.displayName() : row.displayName() + " (" + row.organisation() + ")");
        member.setClearButtonVisible(true);
        TextField name = new TextField(getTranslation("congress.field.name"));
        name.setId("congress-speaker-name");
        TextField organisation = new TextField(getTranslation("congress.field.organisation"));
        TextArea bio = new TextArea(getTranslation("congress.field.bio"));
        bio.setMaxLength(CongressRules.BIO_MAX);
        if (existing != null) {
            name.setValue(existing.name());
            organisation.setValue(existing.organisation() == null ? "" : existing.organisation());
            bio.setValue(existing.bio() == null ? "" : existing.bio());
            if (existing.memberId() != null) {
                member.setPlaceholder(existing.name());
            }
        }
        EditorDialog dialog = new EditorDialog(
                "congress-speaker-dialog",
                getTranslation(existing == null ? "congress.speaker.add" : "congress.speaker.edit"),
                editor,
                () -> {
                    Long memberId = member.getValue() != null
                            ? Long.valueOf(member.getValue().id())
                            : existing == null ? null : existing.memberId();
                    SpeakerDraft draft =
                            new SpeakerDraft(memberId, name.getValue(), organisation.getValue(), bio.getValue());
                    if (existing == null) {
                        editor.speakers.add(editor.congressId(), draft);
                    } else {
                        editor.speakers.update(existing.id(), draft);
                    }
                },
                member,
                name,
                organisation,
                bio);
        dialog.form.setColspan(member, 2);
        dialog.form.setColspan(bio, 2);
        dialog.problems.field(CongressRules.MEMBER, member);
        dialog.problems.field(CongressRules.NAME, name);
        dialog.problems.field(CongressRules.ORGANISATION, organisation);
        dialog.problems.field(CongressRules.BIO, bio);
        dialog.open();
    }

    private void openPhoto(SpeakerItem speaker) {
        Dialog dialog = new Dialog(getTranslation("congress.speaker.photoTitle", speaker.name()));
        dialog.setId("congress-speaker-photo-dialog");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> accept(dialog, speaker.id(), bytes)));
        upload.setId("congress-speaker-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(rejected -> Notices.error("validation.photo.rejected", MAX_MEGABYTES));
        dialog.add(new Paragraph(getTranslation("group.image.help", MAX_MEGABYTES)), upload);
        if (speaker.hasPhoto()) {
            Button remove = new Button(
                    getTranslation("congress.speaker.removePhoto"),
                    click -> Confirmation.ask(
                            this,
                            "confirm-speaker-photo-remove",
                            "congress.confirm.removePhoto.",
                            speaker.name(),
                            () -> {
                                dialog.close();
                                editor.act(() -> editor.speakers.removePhoto(speaker.id()), "congress.admin.removed");
                            }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.add(remove);
        }
        dialog.getFooter().add(new Button(getTranslation("congress.admin.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Called with the uploaded bytes; package-visible so that tests can hand in files. */
    void accept(Dialog dialog, long speakerId, byte[] bytes) {
        try {
            editor.speakers.uploadPhoto(speakerId, bytes);
            Notices.success("congress.speaker.photoSaved");
            dialog.close();
            editor.reload();
        } catch (DomainException e) {
            Notices.problem(e);
        }
    }
}
