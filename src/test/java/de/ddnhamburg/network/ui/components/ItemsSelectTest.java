package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The select's options reach the browser as labels and positions; the browser's answer maps back. */
class ItemsSelectTest {

    record Harbour(String name) {}

    private static final Harbour ALTONA = new Harbour("Altona");
    private static final Harbour HARBURG = new Harbour("Harburg");

    @Test
    void the_browser_gets_the_empty_choice_first_then_each_option_with_its_label() {
        ItemsSelect<Harbour> select = select();

        JsonNode items = JacksonUtils.getMapper().readTree(select.itemsJson());
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("label").asString()).isEqualTo("Alle Bezirke");
        assertThat(items.get(0).get("value").asString()).isEmpty();
        assertThat(items.get(2).get("label").asString()).isEqualTo("Bezirk Harburg");
        assertThat(items.get(2).get("value").asString()).isEqualTo("1");
    }

    @Test
    void the_browsers_choice_becomes_the_option_and_an_unknown_one_becomes_no_choice() {
        ItemsSelect<Harbour> select = select();
        List<Harbour> changes = new ArrayList<>();
        select.addValueChangeListener(change -> changes.add(change.getValue()));

        select.getElement().setProperty("value", "1");
        assertThat(select.getValue()).isEqualTo(HARBURG);

        select.getElement().setProperty("value", "7");
        assertThat(select.getValue()).isNull();
        select.getElement().setProperty("value", "0");
        select.getElement().setProperty("value", "-1");
        assertThat(select.getValue()).isNull();
        select.getElement().setProperty("value", "0");
        select.getElement().setProperty("value", "");
        assertThat(select.getValue()).isNull();
        assertThat(changes).containsExactly(HARBURG, null, ALTONA, null, ALTONA, null);
    }

    @Test
    void a_value_set_on_the_server_is_shown_by_its_position() {
        ItemsSelect<Harbour> select = select();

        select.setValue(new Harbour("Harburg"));
        assertThat(select.getElement().getProperty("value")).isEqualTo("1");
        select.clear();
        assertThat(select.getElement().getProperty("value")).isEmpty();
        // The web component shows an empty value blank: the caption is shown as its placeholder.
        assertThat(select.getElement().getProperty("placeholder")).isEqualTo("Alle Bezirke");
        assertThatThrownBy(() -> select.setValue(new Harbour("Wedel"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ItemsSelect<Harbour> select() {
        ItemsSelect<Harbour> select = new ItemsSelect<>();
        select.setEmptySelectionCaption("Alle Bezirke");
        select.setItems(List.of(ALTONA, HARBURG), harbour -> "Bezirk " + harbour.name());
        return select;
    }
}
