package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.security.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding members: paged in the database, showing only what every member may see. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberDirectoryService {

    private final MemberRepository members;

    MemberDirectoryService(MemberRepository members) {
        this.members = members;
    }

    public List<MemberCard> findPage(DirectoryFilter filter, Pageable pageable, Locale locale) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortOf(filter.sort()));
        List<Member> found = members.findAll(DirectorySpecifications.matching(filter), page).getContent();
        Map<Long, List<TopicView>> topics = openTopicsOf(found, locale);
        return found.stream()
                .map(member -> new MemberCard(
                        member.getId(),
                        member.getDisplayName(),
                        Initials.of(member),
                        openOrNull(member, ProfileField.ORGANISATION, member.getOrganisation()),
                        openOrNull(member, ProfileField.POSITION, member.getPosition()),
                        topics.getOrDefault(member.getId(), List.of())))
                .toList();
    }

    public long count(DirectoryFilter filter) {
        return members.count(DirectorySpecifications.matching(filter));
    }

    private Map<Long, List<TopicView>> openTopicsOf(List<Member> found, Locale locale) {
        List<Long> ids = found.stream()
                .filter(member -> member.visibilityOf(ProfileField.TOPICS) == Visibility.MEMBERS)
                .map(Member::getId)
                .toList();
        Map<Long, List<TopicView>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object[] row : members.findTopicsOf(ids)) {
            result.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(TopicView.of((Topic) row[1], locale));
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(TopicView::name)));
        return result;
    }

    private static <T> T openOrNull(Member member, ProfileField field, T value) {
        return member.visibilityOf(field) == Visibility.MEMBERS ? value : null;
    }

    private static Sort sortOf(DirectorySort sort) {
        Sort byName = Sort.by("lastName", "firstName", "id");
        return switch (sort) {
            case NAME -> byName;
            case ORGANISATION -> Sort.by(Sort.Order.asc("organisation").nullsLast()).and(byName);
            case NEWEST -> Sort.by(Sort.Direction.DESC, "createdAt", "id");
        };
    }
}
