package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A group with its description, topics, join policy and visibility. Archived groups are read-only. */
@Entity
@Table(name = "expert_group")
class ExpertGroup extends AbstractEntity {

    @Column(nullable = false, length = GroupRules.NAME_MAX)
    private String name = "";

    @Column(name = "short_description", nullable = false, length = GroupRules.SHORT_DESCRIPTION_MAX)
    private String shortDescription = "";

    @Column(nullable = false, length = GroupRules.DESCRIPTION_MAX)
    private String description = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_group_topic", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "topic_slug", length = 60)
    private Set<String> topicSlugs = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy", nullable = false, length = 20)
    private JoinPolicy joinPolicy = JoinPolicy.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupVisibility visibility = GroupVisibility.LISTED;

    @Column(nullable = false)
    private boolean archived;

    protected ExpertGroup() {}

    ExpertGroup(
            String name,
            String shortDescription,
            String description,
            Set<String> topicSlugs,
            JoinPolicy joinPolicy,
            GroupVisibility visibility) {
        apply(name, shortDescription, description, topicSlugs, joinPolicy, visibility);
    }

    final void apply(
            String name,
            String shortDescription,
            String description,
            Set<String> topicSlugs,
            JoinPolicy joinPolicy,
            GroupVisibility visibility) {
        this.name = name;
        this.shortDescription = shortDescription;
        this.description = description;
        this.topicSlugs = new HashSet<>(topicSlugs);
        this.joinPolicy = joinPolicy;
        this.visibility = visibility;
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    String getName() {
        return name;
    }

    String getShortDescription() {
        return shortDescription;
    }

    String getDescription() {
        return description;
    }

    Set<String> getTopicSlugs() {
        return Set.copyOf(topicSlugs);
    }

    JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    GroupVisibility getVisibility() {
        return visibility;
    }

    boolean isHidden() {
        return visibility == GroupVisibility.HIDDEN;
    }

    boolean isArchived() {
        return archived;
    }

    /**
     * Whether someone may see this group at all: the one rule of the group list, the group page
     * and every feature that names groups (the calendar, event and congress pages). Admins see
     * every group; a member sees the groups they belong to or are invited to, and a listed one
     * they asked to join; everybody else sees listed groups that are not archived. For them a
     * hidden group is as if it did not exist.
     *
     * @param membership the viewer's row in this group, {@code null} for none (and for guests)
     */
    boolean isVisibleTo(@Nullable GroupMembership membership, boolean admin) {
        if (admin) {
            return true;
        }
        if (membership != null && (membership.getStatus() != MembershipStatus.REQUESTED || !isHidden())) {
            return true;
        }
        return !isHidden() && !archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    /** The group as audit entries name it. */
    String auditTarget() {
        return "group:" + id();
    }

    /** A member of this group as audit entries describe them. */
    String auditDetail(long memberId) {
        return "member:" + memberId + " / " + name;
    }
}
