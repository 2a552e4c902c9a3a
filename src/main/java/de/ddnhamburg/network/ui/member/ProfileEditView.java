package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.ProfileRules;
import de.ddnhamburg.network.domain.member.SeekingService;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The member's own profile. Checks answer at the field; nothing typed is lost when a save fails. */
@Route(value = RoutePaths.OWN_PROFILE, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class ProfileEditView extends Div implements TranslatedTitle {

    private final MemberProfileService profiles;
    private final Binder<ProfileDraft> binder = new Binder<>();
    private final FieldProblems problems = new FieldProblems(this);
    private final VisibilityChoices visibility;
    private final ProfileDraft draft;
    private long version;

    public ProfileEditView(MemberProfileService profiles, TopicService topicService, SeekingService seeking) {
        this.profiles = profiles;
        addClassName("profile-edit");
        OwnProfile own = profiles.getOwnProfile();
        List<TopicItem> topics = topicService.findAll(getLocale());
        draft = ProfileDraft.of(own, topics);
        version = own.version();
        visibility = new VisibilityChoices(own.visibility());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(
                text("title", ProfileRules.TITLE_MAX, d -> d.title, (d, v) -> d.title = v, null),
                new Div(),
                text(
                        "firstName",
                        ProfileRules.NAME_MAX,
                        d -> d.firstName,
                        (d, v) -> d.firstName = v,
                        ProfileRules::checkName),
                text(
                        "lastName",
                        ProfileRules.NAME_MAX,
                        d -> d.lastName,
                        (d, v) -> d.lastName = v,
                        ProfileRules::checkName),
                text(
                        "organisation",
                        ProfileRules.ORGANISATION_MAX,
                        d -> d.organisation,
                        (d, v) -> d.organisation = v,
                        null),
                text("position", ProfileRules.POSITION_MAX, d -> d.position, (d, v) -> d.position = v, null),
                districtField(),
                new Div());
        TextArea bio = bioField();
        form.add(bio, 2);
        form.add(topicsField(topics), 2);
        form.add(expertiseField(), 2);
        form.add(
                text(
                        "website",
                        ProfileRules.URL_MAX,
                        d -> d.website,
                        (d, v) -> d.website = v,
                        v -> ProfileRules.checkUrl(v, null)),
                text("phone", ProfileRules.PHONE_MAX, d -> d.phone, (d, v) -> d.phone = v, ProfileRules::checkPhone),
                text(
                        "linkedin",
                        ProfileRules.URL_MAX,
                        d -> d.linkedin,
                        (d, v) -> d.linkedin = v,
                        v -> ProfileRules.checkUrl(v, "linkedin.com")),
                text(
                        "xing",
                        ProfileRules.URL_MAX,
                        d -> d.xing,
                        (d, v) -> d.xing = v,
                        v -> ProfileRules.checkUrl(v, "xing.com")));
        Checkbox listed = new Checkbox(getTranslation("member.edit.listed"));
        listed.setId("field-listed");
        binder.forField(listed).bind(d -> d.listed, (d, v) -> d.listed = v);
        form.add(listed, 2);
        binder.readBean(draft);

        Button save = new Button(getTranslation("member.edit.save"), click -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("member.edit.title")),
                new Paragraph(getTranslation("member.edit.lead")),
                new PhotoEditor(profiles, own),
                form,
                visibility,
                save,
                new SeekingEditor(seeking));
    }

    private TextField text(
            String name,
            int max,
            Function<ProfileDraft, @Nullable String> getter,
            com.vaadin.flow.data.binder.Setter<ProfileDraft, @Nullable String> setter,
            @Nullable Function<@Nullable String, Optional<String>> rule) {
        TextField field = new TextField(getTranslation("profile.field.label." + name));
        field.setId("field-" + name);
        field.setMaxLength(max);
        var binding = binder.forField(field).withNullRepresentation("");
        if (rule != null) {
            binding = binding.withValidator(validator(rule));
        }
        binding.bind(getter::apply, setter);
        problems.bound(name, field);
        return field;
    }

    private Validator<@Nullable String> validator(Function<@Nullable String, Optional<String>> rule) {
        return (value, context) -> rule.apply(value)
                .map(key -> ValidationResult.error(getTranslation(key)))
                .orElse(ValidationResult.ok());
    }

    private Select<@Nullable District> districtField() {
        Select<@Nullable District> district = new Select<>();
        district.setId("field-district");
        district.setLabel(getTranslation("profile.field.label.district"));
        district.setEmptySelectionAllowed(true);
        district.setItems(District.values());
        district.setItemLabelGenerator(value -> value == null ? "–" : getTranslation("district." + value.name()));
        binder.forField(district).bind(d -> d.district, (d, v) -> d.district = v);
        return district;
    }

    private TextArea bioField() {
        TextArea bio = new TextArea(getTranslation("profile.field.label.bio"));
        bio.setId("field-bio");
        bio.setMaxLength(ProfileRules.BIO_MAX);
        bio.setHelperText(getTranslation("member.edit.bio.help", ProfileRules.BIO_MAX));
        binder.forField(bio)
                .withNullRepresentation("")
                .withValidator(validator(v -> ProfileRules.checkLength(v, ProfileRules.BIO_MAX)))
                .bind(d -> d.bio, (d, v) -> d.bio = v);
        problems.bound("bio", bio);
        return bio;
    }

    private MultiSelectComboBox<TopicItem> topicsField(List<TopicItem> topics) {
        MultiSelectComboBox<TopicItem> field = new MultiSelectComboBox<>(getTranslation("profile.field.label.topics"));
        field.setId("field-topics");
        field.setItems(topics);
        field.setItemLabelGenerator(TopicItem::name);
        binder.forField(field).bind(d -> d.topics, (d, v) -> d.topics = new LinkedHashSet<>(v));
        return field;
    }

    private MultiSelectComboBox<String> expertiseField() {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(getTranslation("profile.field.label.expertise"));
        field.setId("field-expertise");
        field.setAllowCustomValue(true);
        field.setHelperText(getTranslation("member.edit.expertise.help", ProfileRules.EXPERTISE_MAX_TAGS));
        field.setItems(new LinkedHashSet<>(draft.expertise));
        field.addCustomValueSetListener(event -> {
            List<String> cleaned = ProfileRules.cleanTags(List.of(event.getDetail()));
            if (!cleaned.isEmpty()) {
                LinkedHashSet<String> values = new LinkedHashSet<>(field.getValue());
                values.add(cleaned.getFirst());
                field.setItems(values);
                field.setValue(values);
            }
        });
        binder.forField(field)
                .withValidator((value, context) -> ProfileRules.checkExpertise(List.copyOf(value))
                        .map(key -> ValidationResult.error(getTranslation(key, ProfileRules.EXPERTISE_MAX_TAGS)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.expertise, (d, v) -> d.expertise = new LinkedHashSet<>(v));
        problems.bound("expertise", field);
        return field;
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            Notices.error("validation.form.invalid");
            return;
        }
        try {
            OwnProfile saved = profiles.updateOwnProfile(version, draft.toUpdate(visibility));
            version = saved.version();
            Notices.success("member.edit.saved");
        } catch (InvalidInputException e) {
            problems.show(e);
        } catch (OptimisticLockingFailureException e) {
            // Saved elsewhere meanwhile: keep what was typed here, so the member can compare and retry.
            Notices.error("error.concurrentChange");
        }
    }

    @Override
    public String titleKey() {
        return "member.edit.title";
    }
}
