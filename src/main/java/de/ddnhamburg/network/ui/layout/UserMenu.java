package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The member's menu in the header: avatar and name, opening "Mein Profil", "Konto", the congress
 * registration and "Abmelden". The same {@code <vaadin-menu-bar>} as Vaadin's {@link MenuBar}, whose
 * items the browser makes as Vaadin's own connector does (a {@code vaadin-menu-bar-item} per entry,
 * with its id), but from one call instead of a server-side component and text node per item: as a
 * {@code MenuBar} it cost every session about a dozen state nodes (docs/benchmarks.md, "Memory per
 * session"). Keyboard, focus and screen reader behaviour are the web component's, as before.
 *
 * <p>The browser reports a chosen entry by its id; the server runs that entry's action, and an id
 * it does not know does nothing.
 */
@Tag("vaadin-menu-bar")
// The web components come into the page with Vaadin's MenuBar and Avatar.
@Uses(MenuBar.class)
@Uses(Avatar.class)
public final class UserMenu extends Component {

    /** An entry of the opened menu. */
    record Entry(String id, String label, SerializableRunnable action) {}

    /** Evaluated in the browser when an entry is chosen: its id. */
    public static final String CHOSEN = "event.detail.value.component?.id ?? ''";

    /** Builds the items as Vaadin's menu bar connector does: $0 name, $1 the menu's label, $2 entries. */
    private static final String ITEMS = """
            const item = () => document.createElement('vaadin-menu-bar-item');
            const root = item();
            root.setAttribute('aria-label', $1);
            const trigger = document.createElement('div');
            trigger.className = 'user-menu-trigger';
            const avatar = document.createElement('vaadin-avatar');
            avatar.className = 'user-avatar';
            avatar.name = $0;
            const name = document.createElement('span');
            name.className = 'user-name';
            name.textContent = $0;
            trigger.append(avatar, name);
            root.append(trigger);
            this.items = [{ component: root, children: $2.map(entry => {
                const child = item();
                child.id = entry.id;
                child.textContent = entry.label;
                return { component: child };
            }) }];""";

    private final String name;
    private final String label;
    private final List<Entry> entries;

    UserMenu(String name, String label, List<Entry> entries) {
        this.name = name;
        this.label = label;
        this.entries = List.copyOf(entries);
        setId("user-menu");
        getElement().getThemeList().add("tertiary-inline");
        getElement()
                .addEventListener(
                        "item-selected", event -> choose(event.getEventData().get(CHOSEN)))
                .addEventData(CHOSEN);
        // On every attach, as Vaadin's MenuBar does: the browser makes a new element then.
        addAttachListener(attach -> {
            ArrayNode json = JacksonUtils.createArrayNode();
            this.entries.forEach(entry -> json.addObject().put("id", entry.id()).put("label", entry.label()));
            getElement().executeJs(ITEMS, name, label, json);
        });
    }

    /** The entries in the order the menu shows them. */
    List<Entry> entries() {
        return entries;
    }

    /** What the avatar and the button show. */
    String name() {
        return name;
    }

    /** The menu's name for screen readers. */
    String label() {
        return label;
    }

    /** Runs the entry the browser reports as chosen. */
    void choose(@Nullable JsonNode chosen) {
        String id = chosen != null && chosen.isString() ? chosen.asString() : "";
        entries.stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .ifPresent(entry -> entry.action().run());
    }
}
