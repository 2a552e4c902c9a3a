package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.data.renderer.LitRenderer;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.ui.RoutePaths;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The directory's member cards, drawn in the browser from a few properties per member: photo or
 * initials, name linked to the profile, position and organisation, topics. It looks and reads like
 * {@link MemberCardItem} but costs the session no components (one card used to be about 60
 * components and 16 state nodes; docs/benchmarks.md, "Memory per session").
 *
 * <p>The card shows exactly what the {@link MemberCard} holds, and the directory service puts into
 * it only what the viewer may see. Every value reaches the page through Lit's bindings, which set
 * text and properties, never markup, so a name like {@code <img onerror=...>} is shown as text.
 */
final class MemberCardRenderer {

    // The class names are those of MemberCardItem, so the cards share their styles (ddn.css).
    // router-link lets Vaadin's client navigate without reloading the page, as a RouterLink does.
    private static final String TEMPLATE = """
            <div class="card member-card">\
            <vaadin-avatar class="member-card-avatar" .name="${item.name}" .abbr="${item.initials}" \
            .img="${item.photo ?? undefined}"></vaadin-avatar>\
            <div class="member-card-text">\
            <a class="member-card-name" href="${item.href}" router-link>${item.name}</a>\
            <span class="member-card-work">${item.work}</span>\
            <div class="badges">${(item.topics ?? []).map(topic => html`<span theme="badge contrast">${topic}</span>`)}</div>\
            </div></div>""";

    private MemberCardRenderer() {}

    static LitRenderer<MemberCard> create(ListPhotos photos) {
        return LitRenderer.<MemberCard>of(TEMPLATE)
                .withProperty("name", MemberCard::displayName)
                .withProperty("initials", MemberCard::initials)
                .withProperty("photo", photos::addressOf)
                .withProperty("href", MemberCardRenderer::profileAddress)
                .withProperty("work", MemberCardRenderer::work)
                .withProperty(
                        "topics",
                        card -> card.topics().stream().map(TopicItem::name).toList());
    }

    /** The profile's address, built from the id alone (no user text in a URL). */
    static String profileAddress(MemberCard card) {
        return RoutePaths.MEMBERS + "/" + card.id();
    }

    private static String work(MemberCard card) {
        return Stream.of(card.position(), card.organisation())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }
}
