package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.group.GroupRules;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Title (for posts, not replies) and text of a post, checked with {@link GroupRules} before it is
 * sent. A refused text stays in the field with the reason, so nothing written is lost.
 */
class PostForm extends Div {

    /** Sends title (null for replies) and text; a {@link DomainException} is shown at the text. */
    interface Submit {
        void send(@Nullable String title, String text);
    }

    private final @Nullable TextField title;
    private final TextArea text = new TextArea();

    PostForm(
            String idPrefix,
            boolean withTitle,
            String textLabelKey,
            String submitKey,
            @Nullable String initialTitle,
            String initialText,
            Submit submit,
            @Nullable Runnable cancel) {
        addClassName("post-form");
        if (withTitle) {
            title = new TextField(getTranslation("group.post.title"));
            title.setId(idPrefix + "-title");
            title.setMaxLength(GroupRules.POST_TITLE_MAX);
            title.setWidthFull();
            title.setValue(initialTitle == null ? "" : initialTitle);
            add(title);
        } else {
            title = null;
        }
        text.setId(idPrefix + "-text");
        text.setLabel(getTranslation(textLabelKey));
        text.setWidthFull();
        text.setValue(initialText);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> showCount());
        showCount();
        add(text);
        Button send = new Button(getTranslation(submitKey), click -> send(submit));
        send.setId(idPrefix + "-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(send);
        buttons.addClassName("post-form-buttons");
        if (cancel != null) {
            Button back = new Button(getTranslation("group.post.cancel"), click -> cancel.run());
            back.setId(idPrefix + "-cancel");
            buttons.add(back);
        }
        add(buttons);
    }

    private void showCount() {
        text.setHelperText(
                getTranslation("group.post.textHelper", text.getValue().length(), GroupRules.POST_TEXT_MAX));
    }

    private void send(Submit submit) {
        Optional<String> problem = GroupRules.checkPostText(text.getValue())
                .or(() -> title == null ? Optional.empty() : GroupRules.checkPostTitle(title.getValue()));
        if (problem.isPresent()) {
            showProblem(
                    problem.get(),
                    problem.get().equals("group.post.titleTooLong")
                            ? GroupRules.POST_TITLE_MAX
                            : GroupRules.POST_TEXT_MAX);
            return;
        }
        try {
            submit.send(title == null ? null : title.getValue(), text.getValue());
        } catch (DomainException refused) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    private void showProblem(String key, int max) {
        text.setInvalid(true);
        text.setErrorMessage(getTranslation(key, max));
    }

    void clear() {
        text.clear();
        text.setInvalid(false);
        if (title != null) {
            title.clear();
        }
    }
}
