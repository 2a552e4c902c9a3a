package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.security.Roles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding members: paged in the database, showing only what every member may see. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MemberDirectoryService {

    private final DirectoryQuery query;

    MemberDirectoryService(DirectoryQuery query) {
        this.query = query;
    }

    public List<MemberCard> findPage(DirectoryFilter filter, Pageable pageable, Locale locale) {
        List<DirectoryQuery.Row> rows = query.page(filter, pageable.getOffset(), pageable.getPageSize());
        Map<Long, List<Object[]>> topics = query.topicsOf(rows.stream()
                .filter(DirectoryQuery.Row::topicsOpen)
                .map(DirectoryQuery.Row::id)
                .toList());
        java.util.Set<Long> withPhoto = query.withPhoto(rows.stream()
                .filter(DirectoryQuery.Row::photoOpen)
                .map(DirectoryQuery.Row::id)
                .toList());
        boolean english = "en".equals(locale.getLanguage());
        return rows.stream()
                .map(row -> new MemberCard(row.id(), row.displayName(), row.initials(), row.organisation(),
                        row.position(), topics.getOrDefault(row.id(), List.of()).stream()
                                .map(topic -> new TopicView((Long) topic[0], (String) topic[1],
                                        (String) (english ? topic[3] : topic[2])))
                                .sorted(Comparator.comparing(TopicView::name))
                                .toList(),
                        withPhoto.contains(row.id())))
                .toList();
    }

    public DirectoryCount count(DirectoryFilter filter) {
        return query.count(filter);
    }
}
