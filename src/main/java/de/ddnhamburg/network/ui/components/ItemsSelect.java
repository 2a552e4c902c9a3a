package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * The same {@code <vaadin-select>} as Vaadin's {@link Select}, for a short fixed list of choices,
 * with its options drawn in the browser from the web component's {@code items} property. Vaadin's
 * {@code Select} makes every option a server-side component (a {@code vaadin-select-item} with a
 * text node, two state nodes each), which made the directory's four filter selects with their 29
 * options a fifth of a member's session (docs/benchmarks.md, "Memory per session"). Label, keyboard
 * and screen reader behaviour are those of the web component, which is the same in both cases.
 *
 * <p>The browser sends back only an option's position in the list; a position the list does not
 * have reads as "no choice".
 *
 * <p>The options go to the browser as one JSON text, handed to the {@code items} property on every
 * attach (as Vaadin's own menu bar sends its items), not as a JSON property kept in the element's
 * state: there every option stayed a Jackson object with its own map, about 300 bytes each, 16 KB
 * for the directory's 64 options in every session (docs/benchmarks.md, "Memory per session").
 */
@Tag("vaadin-select")
// The web component comes into the bundle with Vaadin's Select.
@Uses(Select.class)
public class ItemsSelect<T> extends AbstractSinglePropertyField<ItemsSelect<T>, @Nullable T>
        implements HasLabel, Focusable<ItemsSelect<T>> {

    /** The value of the empty choice, as Vaadin's {@code Select} sends it. */
    private static final String EMPTY = "";

    private List<T> items = List.of();
    private @Nullable String emptyCaption;
    /** What the browser's {@code items} property gets: [{label, value}, ...]. */
    private String itemsJson = "[]";

    public ItemsSelect() {
        super("value", null, String.class, ItemsSelect::toItem, ItemsSelect::toKey);
        // The browser makes a new element on every attach.
        addAttachListener(attach -> sendItems());
    }

    /**
     * Offers a choice that means "none" first, shown with this caption; it is the value
     * {@code null}.
     */
    public void setEmptySelectionCaption(String caption) {
        emptyCaption = caption;
        // The web component shows an empty value as blank, even when an option has it: the caption
        // is its placeholder too, so that an unset filter reads "Alle Bezirke" as with Vaadin's Select.
        getElement().setProperty("placeholder", caption);
    }

    /** The options in this order, labelled once now (the page is built again when the language changes). */
    public void setItems(List<T> options, ItemLabelGenerator<T> labels) {
        items = List.copyOf(options);
        ArrayNode json = JacksonUtils.createArrayNode();
        if (emptyCaption != null) {
            json.addObject().put("label", emptyCaption).put("value", EMPTY);
        }
        for (int i = 0; i < items.size(); i++) {
            json.addObject().put("label", labels.apply(items.get(i))).put("value", String.valueOf(i));
        }
        itemsJson = json.toString();
        if (isAttached()) {
            sendItems();
        }
        setPresentationValue(getValue());
    }

    /** The options as the browser gets them. */
    String itemsJson() {
        return itemsJson;
    }

    private void sendItems() {
        getElement().executeJs("this.items = JSON.parse($0)", itemsJson);
    }

    /** Only one of the options, or {@code null} for none. */
    @Override
    public void setValue(@Nullable T value) {
        if (value != null && !items.contains(value)) {
            throw new IllegalArgumentException("Not one of the select's options: " + value);
        }
        super.setValue(value);
    }

    public List<T> getItems() {
        return items;
    }

    private static <T> @Nullable T toItem(ItemsSelect<T> select, @Nullable String key) {
        if (key == null || key.isEmpty() || key.length() > 4 || !key.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int index = Integer.parseInt(key);
        return index < select.items.size() ? select.items.get(index) : null;
    }

    private static <T> String toKey(ItemsSelect<T> select, @Nullable T item) {
        if (item == null) {
            return EMPTY;
        }
        int index = select.items.indexOf(item);
        return index < 0 ? EMPTY : String.valueOf(index);
    }
}
