package de.ddnhamburg.network.ui.member;

import static de.ddnhamburg.network.ui.components.Markup.escape;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.ddnhamburg.network.domain.member.DirectoryCount;
import de.ddnhamburg.network.domain.member.DirectoryFilter;
import de.ddnhamburg.network.domain.member.DirectoryPage;
import de.ddnhamburg.network.domain.member.DirectorySort;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.GroupRef;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.SeekingFilter;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.ItemsSelect;
import de.ddnhamburg.network.ui.components.Paging;
import de.ddnhamburg.network.ui.components.TranslatedTitle;
import de.ddnhamburg.network.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * The member directory: search as you type, filters, sorting, lazy loading from the database.
 * The filter lives in the address ({@code /mitglieder?thema=fuehrung&gruppe=3}), so it can be shared
 * and survives a reload. The group select offers only the groups the service lets me filter by.
 */
@Route(value = RoutePaths.MEMBERS, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
// The cards' template uses <vaadin-avatar> without an Avatar component on the server.
@Uses(Avatar.class)
public class MemberDirectoryView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final MemberDirectoryService directory;
    private final TextField search = new TextField();
    private final ComboBox<TopicItem> topic = new ComboBox<>();
    // The selects draw their options in the browser (ItemsSelect; docs/benchmarks.md, "Memory per session").
    private final ItemsSelect<District> district = new ItemsSelect<>();
    private final TextField organisation = new TextField();
    private final ItemsSelect<GroupRef> group = new ItemsSelect<>();
    private final ItemsSelect<SeekingFilter> seeking = SeekingFilterField.create();
    private final ItemsSelect<DirectorySort> sort = new ItemsSelect<>();
    private final Span resultCount = new Span();
    /** Made when a search first finds nobody: most sessions never need it. */
    private @Nullable Div emptyState;

    private final VirtualList<MemberCard> results = new VirtualList<>();
    private DirectoryFilter filter = DirectoryFilter.all();
    /** Counted once per filter change and shared by the heading and the list, not once for each. */
    private DirectoryCount count = new DirectoryCount(0, true);
    /** Found with the count; the list's first request takes it instead of asking again. */
    private @Nullable List<MemberCard> firstPage;

    private boolean restoring;

    public MemberDirectoryView(MemberDirectoryService directory, TopicService topics, MemberProfileService profiles) {
        this.directory = directory;
        addClassName("member-directory");
        configureFields(topics);
        results.setId("directory-results");
        // Cards drawn in the browser: a component tree per card made the directory the largest part
        // of a session (docs/benchmarks.md, "Memory per session").
        results.setRenderer(MemberCardRenderer.create(new ListPhotos(results, profiles)));
        results.setDataProvider(Paging.pageable(this::page, () -> (long) count.listSize()));

        Div filters = new Div(search, topic, district, organisation, group, seeking, sort);
        filters.addClassName("filter-bar");
        resultCount.setId("result-count");
        resultCount.addClassName("result-count");
        add(intro(), filters, resultCount, results);
    }

    /**
     * Heading and lead as the inner markup of one element, which the browser builds: the same
     * {@code h1} and paragraph, one state node instead of four (docs/benchmarks.md, "Memory per
     * session"). The texts are escaped, never markup.
     */
    private Div intro() {
        Div intro = new Div();
        intro.setId("directory-intro");
        intro.getElement()
                .setProperty(
                        "innerHTML",
                        "<h1>" + escape(getTranslation("member.directory.title")) + "</h1><p>"
                                + escape(getTranslation("member.directory.lead")) + "</p>");
        return intro;
    }

    private void configureFields(TopicService topics) {
        search.setId("directory-search");
        search.setLabel(getTranslation("member.directory.search"));
        search.setPlaceholder(getTranslation("member.directory.search.placeholder"));
        // A real Icon: drawing it in the browser saved one state node, within the spread of the
        // memory runs, for a script and a second request for the icon's modules (docs/benchmarks.md).
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMaxLength(100);
        search.addValueChangeListener(change -> apply(filter.withText(change.getValue())));

        topic.setId("directory-topic");
        topic.setLabel(getTranslation("member.directory.topic"));
        topic.setItems(topics.findAll(getLocale()));
        topic.setItemLabelGenerator(TopicItem::name);
        // The other filters show what "empty" means; a blank box looked like a broken field.
        topic.setPlaceholder(getTranslation("member.directory.topic.all"));
        topic.setClearButtonVisible(true);
        topic.addValueChangeListener(change -> apply(filter.withTopic(
                change.getValue() == null ? null : change.getValue().slug())));

        district.setId("directory-district");
        district.setLabel(getTranslation("member.directory.district"));
        district.setEmptySelectionCaption(getTranslation("member.directory.district.all"));
        district.setItems(List.of(District.values()), value -> getTranslation("district." + value.name()));
        district.addValueChangeListener(change -> apply(filter.withDistrict(change.getValue())));

        organisation.setId("directory-organisation");
        organisation.setLabel(getTranslation("member.directory.organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setValueChangeMode(ValueChangeMode.LAZY);
        organisation.setMaxLength(100);
        organisation.addValueChangeListener(change -> apply(filter.withOrganisation(change.getValue())));

        group.setId("directory-group");
        group.setLabel(getTranslation("member.directory.group"));
        group.setEmptySelectionCaption(getTranslation("member.directory.group.all"));
        group.setItems(directory.filterGroups(), GroupRef::name);
        group.addValueChangeListener(change -> apply(filter.withGroup(
                change.getValue() == null ? null : change.getValue().id())));

        seeking.addValueChangeListener(change -> apply(filter.withSeeking(change.getValue())));

        sort.setId("directory-sort");
        sort.setLabel(getTranslation("member.directory.sort"));
        sort.setItems(
                List.of(DirectorySort.values()), value -> getTranslation("member.directory.sort." + value.name()));
        sort.setValue(DirectorySort.NAME);
        sort.addValueChangeListener(change -> apply(filter.withSort(change.getValue())));
    }

    private void showEmptyState(boolean show) {
        Div empty = emptyState;
        if (empty == null) {
            if (!show) {
                return;
            }
            empty = new Div();
            empty.setId("directory-empty");
            empty.addClassNames("card", "empty-state");
            Button reset = new Button(getTranslation("member.directory.reset"), click -> resetFilters());
            reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reset.setId("directory-reset");
            empty.add(new Paragraph(getTranslation("member.directory.empty")), reset);
            // Where it always stood: between the count and the list.
            addComponentAtIndex(indexOf(results), empty);
            emptyState = empty;
        }
        empty.setVisible(show);
    }

    private void resetFilters() {
        restoring = true;
        search.clear();
        topic.clear();
        district.clear();
        organisation.clear();
        group.clear();
        seeking.clear();
        sort.setValue(DirectorySort.NAME);
        restoring = false;
        apply(DirectoryFilter.all());
    }

    private void apply(DirectoryFilter newFilter) {
        if (restoring) {
            return;
        }
        filter = newFilter;
        DirectoryPage first =
                directory.firstPage(filter, results.getDataCommunicator().getPageSize(), getLocale());
        count = first.count();
        firstPage = first.cards();
        results.getDataProvider().refreshAll();
        // As a property, not a text node: one state node less per session; the browser shows the same text.
        resultCount
                .getElement()
                .setProperty(
                        "innerText",
                        count.exact()
                                ? getTranslation("member.directory.count", count.value())
                                : getTranslation("member.directory.countMore", count.value()));
        showEmptyState(count.value() == 0);
        results.setVisible(count.value() > 0);
        DirectoryLink.write(filter);
    }

    /** The cached first page serves only a request from the top that it covers, and only once. */
    private List<MemberCard> page(Pageable pageable) {
        List<MemberCard> first = firstPage;
        firstPage = null;
        boolean allMatches =
                first != null && first.size() < results.getDataCommunicator().getPageSize();
        if (first != null && pageable.getOffset() == 0 && (pageable.getPageSize() <= first.size() || allMatches)) {
            return first.subList(0, Math.min(first.size(), pageable.getPageSize()));
        }
        return directory.findPage(filter, pageable, getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DirectoryFilter fromLink = DirectoryLink.read(event.getLocation().getQueryParameters());
        restoring = true;
        search.setValue(Optional.ofNullable(fromLink.text()).orElse(""));
        topic.getListDataView()
                .getItems()
                .filter(item -> item.slug().equals(fromLink.topicSlug()))
                .findFirst()
                .ifPresentOrElse(topic::setValue, topic::clear);
        district.setValue(fromLink.district());
        organisation.setValue(Optional.ofNullable(fromLink.organisation()).orElse(""));
        // A group I may not filter by (unknown, or hidden from me) is left out, not an error.
        GroupRef linked = group.getItems().stream()
                .filter(item -> Long.valueOf(item.id()).equals(fromLink.groupId()))
                .findFirst()
                .orElse(null);
        group.setValue(linked);
        seeking.setValue(fromLink.seeking());
        sort.setValue(fromLink.sort());
        restoring = false;
        apply(fromLink.withGroup(linked == null ? null : linked.id()));
    }

    @Override
    public String titleKey() {
        return "member.directory.title";
    }
}
