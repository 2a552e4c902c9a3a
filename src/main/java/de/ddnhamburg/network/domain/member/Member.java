package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.security.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "member")
public class Member extends AbstractEntity {

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new HashSet<>();

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
    }

    public String getEmail() {
        return email;
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
        return firstName + " " + lastName;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
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

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    void setTopics(Set<Topic> topics) {
        this.topics.clear();
        this.topics.addAll(topics);
    }
}
