package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.group.GroupPostService;
import de.ddnhamburg.network.domain.group.GroupRules;
import de.ddnhamburg.network.domain.group.PostItem;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.List;

/**
 * A group's posts with their replies, the form for a new post, and the actions on each post: the
 * author edits and deletes, moderators pin and remove. Text is always shown as text.
 */
class GroupPosts extends Div {

    private final GroupPostService groups;
    private final GroupPage group;
    private final Div list = new Div();

    GroupPosts(GroupPostService groups, GroupPage group) {
        this.groups = groups;
        this.group = group;
        setId("group-post-area");
        if (group.isMember() && !group.archived()) {
            PostForm[] form = new PostForm[1];
            form[0] = new PostForm(
                    "new-post",
                    true,
                    "group.post.text",
                    "group.post.submit",
                    null,
                    "",
                    (title, text) -> {
                        groups.post(group.id(), title, text);
                        form[0].clear();
                        Notices.success("group.post.published");
                        reload();
                    },
                    null);
            add(form[0]);
        }
        list.setId("post-list");
        add(list);
        reload();
    }

    private void reload() {
        list.removeAll();
        List<PostItem> posts = groups.posts(group.id());
        if (posts.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("group.page.noPosts"));
            empty.setId("posts-empty");
            empty.addClassName("empty-state");
            list.add(empty);
        }
        posts.forEach(post -> list.add(post(post, false)));
    }

    private Component post(PostItem post, boolean reply) {
        Div item = new Div();
        item.setId((reply ? "reply-" : "post-") + post.id());
        item.addClassNames(reply ? "group-reply" : "card", "group-post");
        Avatar avatar = new Avatar(post.authorName());
        avatar.setAbbreviation(post.authorInitials());
        avatar.addClassName("contact-avatar");
        String when = DateTimeFormat.dateTime(post.createdAt(), getLocale())
                + (post.editedAt() == null ? "" : " · " + getTranslation("group.post.edited"));
        Div meta = new Div(avatar, new Span(post.authorName()), new Span(when));
        meta.addClassName("group-post-meta");
        if (post.pinned()) {
            Span pinned = new Span(getTranslation("group.post.pinned"));
            pinned.getElement().getThemeList().add("badge success");
            meta.add(pinned);
        }
        item.add(meta);
        if (post.removed()) {
            Paragraph removed = new Paragraph(
                    post.mine() && post.removedReason() != null
                            ? getTranslation("group.post.removedForAuthor", post.removedReason())
                            : getTranslation("group.post.removed"));
            removed.addClassName("group-post-removed");
            item.add(removed);
        }
        if (post.title() != null) {
            item.add(new H3(post.title()));
        }
        if (post.text() != null) {
            // Text and Anchor components: whatever the author wrote (also markup) is shown as text,
            // web addresses become links; line breaks are kept by CSS.
            Paragraph text = LinkedText.of(post.text());
            text.addClassNames("group-text", "group-post-text");
            item.add(text);
        }
        if (!post.removed()) {
            item.add(actions(post, reply, item));
        }
        if (!reply) {
            post.replies().forEach(answer -> item.add(post(answer, true)));
        }
        return item;
    }

    private Component actions(PostItem post, boolean reply, Div item) {
        Div actions = new Div();
        actions.addClassName("group-post-actions");
        boolean writable = group.isMember() && !group.archived();
        if (!reply && writable) {
            actions.add(button("reply-to-" + post.id(), "group.post.reply", () -> {
                actions.setVisible(false);
                item.add(new PostForm(
                        "reply-form-" + post.id(),
                        false,
                        "group.post.replyText",
                        "group.post.submit",
                        null,
                        "",
                        (title, text) -> {
                            groups.reply(post.id(), text);
                            reload();
                        },
                        this::reload));
            }));
        }
        if (post.mine() && writable) {
            actions.add(button("edit-post-" + post.id(), "group.post.edit", () -> {
                actions.setVisible(false);
                item.add(new PostForm(
                        "edit-form-" + post.id(),
                        !reply,
                        "group.post.text",
                        "group.post.save",
                        post.title(),
                        post.text() == null ? "" : post.text(),
                        (title, text) -> {
                            groups.editPost(post.id(), title, text);
                            reload();
                        },
                        this::reload));
            }));
        }
        if (post.mine()) {
            actions.add(button(
                    "delete-post-" + post.id(),
                    "group.post.delete",
                    () -> Confirmation.ask(this, "confirm-delete-post", "group.confirm.deletePost.", "", () -> {
                        groups.deletePost(post.id());
                        reload();
                    })));
        }
        if (group.canModerate() && !reply) {
            actions.add(button("pin-post-" + post.id(), post.pinned() ? "group.post.unpin" : "group.post.pin", () -> {
                groups.setPinned(post.id(), !post.pinned());
                reload();
            }));
        }
        if (group.canModerate() && !post.mine()) {
            actions.add(button("remove-post-" + post.id(), "group.post.remove", () -> askReason(post)));
        }
        return actions;
    }

    /** Removing needs a reason, which the author will see; the dialog is the confirmation. */
    private void askReason(PostItem post) {
        Dialog dialog = new Dialog();
        dialog.setId("remove-post-dialog");
        dialog.setHeaderTitle(getTranslation("group.post.remove"));
        TextArea reason = new TextArea(getTranslation("group.post.removeReason"));
        reason.setId("remove-reason");
        reason.setMaxLength(GroupRules.REMOVAL_REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("group.post.remove"), click -> {
            try {
                groups.removePost(post.id(), reason.getValue());
                dialog.close();
                reload();
            } catch (DomainException problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(problem.getMessageKey(), problem.getArguments()));
            }
        });
        confirm.setId("remove-post-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("group.post.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
