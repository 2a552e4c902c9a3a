package de.ddnhamburg.network.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupDraft;
import de.ddnhamburg.network.domain.group.GroupPage;
import de.ddnhamburg.network.domain.group.GroupRules;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The admins' form for a new group or changes to one. Moderators are appointed on the group page
 * afterwards; the service checks everything again (and that the caller is an admin).
 */
class GroupDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField shortDescription = new TextField();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<TopicItem> topics = new MultiSelectComboBox<>();
    private final RadioButtonGroup<JoinPolicy> joinPolicy = new RadioButtonGroup<>();
    private final RadioButtonGroup<GroupVisibility> visibility = new RadioButtonGroup<>();

    /** @param existing the group to edit, or null for a new one; {@code saved} gets the group's id */
    GroupDialog(
            GroupAdministrationService groups,
            TopicService topicService,
            @Nullable GroupPage existing,
            LongConsumer saved) {
        setId("group-dialog");
        setHeaderTitle(getTranslation(existing == null ? "group.form.createTitle" : "group.form.editTitle"));
        name.setId("group-name");
        name.setLabel(getTranslation("group.form.name"));
        name.setMaxLength(GroupRules.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        shortDescription.setId("group-short-description");
        shortDescription.setLabel(getTranslation("group.form.shortDescription"));
        shortDescription.setMaxLength(GroupRules.SHORT_DESCRIPTION_MAX);
        shortDescription.setRequiredIndicatorVisible(true);
        description.setId("group-description");
        description.setLabel(getTranslation("group.form.description"));
        description.setMaxLength(GroupRules.DESCRIPTION_MAX);
        List<TopicItem> allTopics = topicService.findAll(getLocale());
        topics.setId("group-topics");
        topics.setLabel(getTranslation("group.form.topics"));
        topics.setItems(allTopics);
        topics.setItemLabelGenerator(TopicItem::name);
        joinPolicy.setId("group-join-policy");
        joinPolicy.setLabel(getTranslation("group.form.joinPolicy"));
        joinPolicy.setItems(JoinPolicy.values());
        joinPolicy.setItemLabelGenerator(policy -> getTranslation("group.policy." + policy.name()));
        joinPolicy.setValue(JoinPolicy.OPEN);
        visibility.setId("group-visibility");
        visibility.setLabel(getTranslation("group.form.visibility"));
        visibility.setItems(GroupVisibility.values());
        visibility.setItemLabelGenerator(value -> getTranslation("group.visibility." + value.name()));
        visibility.setValue(GroupVisibility.LISTED);
        if (existing != null) {
            name.setValue(existing.name());
            shortDescription.setValue(existing.shortDescription());
            description.setValue(existing.description());
            Set<String> slugs = existing.topics().stream().map(TopicItem::slug).collect(Collectors.toSet());
            topics.setValue(allTopics.stream()
                    .filter(topic -> slugs.contains(topic.slug()))
                    .collect(Collectors.toSet()));
            joinPolicy.setValue(existing.joinPolicy());
            visibility.setValue(existing.visibility());
        }
        FormLayout form = new FormLayout(name, shortDescription, description, topics, joinPolicy, visibility);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("group.form.save"), click -> {
            GroupDraft draft = new GroupDraft(
                    name.getValue(),
                    shortDescription.getValue(),
                    description.getValue(),
                    topics.getValue().stream().map(TopicItem::slug).collect(Collectors.toSet()),
                    joinPolicy.getValue(),
                    visibility.getValue());
            try {
                long id;
                if (existing == null) {
                    id = groups.create(draft, Set.of());
                } else {
                    groups.update(existing.id(), existing.version(), draft);
                    id = existing.id();
                }
                Notices.success("group.form.saved");
                close();
                saved.accept(id);
            } catch (DomainException problem) {
                // Shown at the name (the usual culprit: a taken name); the dialog keeps everything typed.
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(problem.getMessageKey(), problem.getArguments()));
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("group.form.cancel"), click -> close());
        cancel.setId("group-cancel");
        getFooter().add(cancel, save);
    }
}
