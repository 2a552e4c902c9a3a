package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.security.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "member")
public class Member extends AbstractEntity {

    /** A deleted member's name, "Gelöschtes Mitglied", shown wherever a retained record names them. */
    static final String DELETED_FIRST_NAME = "Gelöschtes";

    static final String DELETED_LAST_NAME = "Mitglied";

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    private @Nullable String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Column(nullable = false)
    private String language;

    /** Raised by every change that must end the member's open sessions; see V160. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @ElementCollection
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new HashSet<>();

    private @Nullable String title;
    private @Nullable String position;

    @Enumerated(EnumType.STRING)
    private @Nullable District district;

    private @Nullable String bio;
    private @Nullable String website;
    private @Nullable String linkedin;
    private @Nullable String xing;
    private @Nullable String phone;

    @Column(name = "listed_in_directory", nullable = false)
    private boolean listedInDirectory = true;

    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Embedded
    private ProfileVisibility visibility = new ProfileVisibility();

    @ElementCollection
    @CollectionTable(name = "member_expertise", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "tag", nullable = false)
    private List<String> expertise = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "member_topic",
            joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new HashSet<>();

    protected Member() {
        this.email = "";
        this.passwordHash = "";
        this.firstName = "";
        this.lastName = "";
        this.status = MemberStatus.PENDING_EMAIL;
        this.language = "de";
    }

    Member(EmailAddress email, String passwordHash, String firstName, String lastName) {
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.firstName = firstName;
        this.lastName = lastName;
        this.status = MemberStatus.PENDING_EMAIL;
        this.language = "de";
        this.roles.add(Roles.MEMBER);
        refreshSearchText();
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    public String getEmail() {
        return email;
    }

    /** Only after the new address was confirmed by a link sent to it. */
    void changeEmail(EmailAddress newEmail) {
        this.email = newEmail.value();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return Names.display(title, firstName, lastName);
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
        refreshSearchText();
    }

    public MemberStatus getStatus() {
        return status;
    }

    void setStatus(MemberStatus status) {
        this.status = status;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    void setLanguage(Locale language) {
        this.language = language.getLanguage();
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Sessions signed in before this call stop working at their next request, on every node. */
    void endSessions() {
        sessionEpoch++;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public @Nullable String getTitle() {
        return title;
    }

    public @Nullable String getPosition() {
        return position;
    }

    public @Nullable District getDistrict() {
        return district;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public @Nullable String getLinkedin() {
        return linkedin;
    }

    public @Nullable String getXing() {
        return xing;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public boolean isListedInDirectory() {
        return listedInDirectory;
    }

    public List<String> getExpertise() {
        return Collections.unmodifiableList(expertise);
    }

    Visibility visibilityOf(ProfileField field) {
        return visibility.of(field);
    }

    java.util.Map<ProfileField, Visibility> visibilities() {
        return visibility.asMap();
    }

    /** Applies an already validated update, and refreshes what the directory may search. */
    void applyProfile(ValidProfile valid, Set<Topic> newTopics) {
        ProfileUpdate profile = valid.value();
        this.title = profile.title();
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.organisation = profile.organisation();
        this.position = profile.position();
        this.district = profile.district();
        this.bio = profile.bio();
        this.website = profile.website();
        this.linkedin = profile.linkedin();
        this.xing = profile.xing();
        this.phone = profile.phone();
        this.listedInDirectory = profile.listedInDirectory();
        this.expertise.clear();
        this.expertise.addAll(profile.expertise());
        profile.visibility().forEach(visibility::set);
        setTopics(newTopics);
        refreshSearchText();
    }

    /**
     * Only what every member may see goes into the search text, so that a search can never reveal
     * a detail its owner restricted.
     */
    void refreshSearchText() {
        this.searchText = DirectorySearchText.compose(
                firstName,
                lastName,
                open(ProfileField.ORGANISATION) ? organisation : null,
                open(ProfileField.POSITION) ? position : null,
                open(ProfileField.EXPERTISE) ? expertise : List.of());
    }

    private boolean open(ProfileField field) {
        return visibility.of(field) == Visibility.MEMBERS;
    }

    /**
     * The account is deleted: everything that identifies the member goes, the row stays as the
     * anchor of what must be kept (consent proof), with a login nobody can use. The status keeps it
     * out of the directory and the login.
     */
    void anonymise(String placeholderEmail, String unusableHash) {
        this.email = placeholderEmail;
        this.passwordHash = unusableHash;
        this.title = null;
        this.firstName = DELETED_FIRST_NAME;
        this.lastName = DELETED_LAST_NAME;
        this.organisation = null;
        this.position = null;
        this.district = null;
        this.bio = null;
        this.website = null;
        this.linkedin = null;
        this.xing = null;
        this.phone = null;
        this.listedInDirectory = false;
        this.status = MemberStatus.DELETED;
        this.sessionEpoch++;
        this.roles.clear();
        this.expertise.clear();
        this.topics.clear();
        this.visibility = new ProfileVisibility();
        refreshSearchText();
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    void setTopics(Set<Topic> topics) {
        this.topics.clear();
        this.topics.addAll(topics);
    }
}
