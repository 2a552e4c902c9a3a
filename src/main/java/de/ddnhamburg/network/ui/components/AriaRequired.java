package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.Component;

/**
 * Keeps {@code aria-required} where ARIA allows it. Vaadin 25.2 marks a required {@code Select}'s
 * value button (role {@code button}) and a required {@code DateTimePicker} (role {@code group}) with
 * {@code aria-required="true"}, which neither role supports (axe {@code aria-allowed-attr}, critical):
 * a screen reader may then read the control wrongly or not at all. The inputs inside a date-time
 * picker carry {@code required} themselves, and the visible required mark stays; so the attribute is
 * taken off those two places whenever the component sets it. The script is fixed text, nothing a
 * user typed.
 */
public final class AriaRequired {

    private static final String ONLY_ON_INPUTS = """
            const host = this;
            const tidy = () => [host, ...host.querySelectorAll('vaadin-select-value-button')].forEach(node => {
                if (node.hasAttribute('aria-required') && !['input', 'textarea'].includes(node.localName)) {
                    node.removeAttribute('aria-required');
                }
            });
            new MutationObserver(tidy).observe(host, {subtree: true, attributes: true, attributeFilter: ['aria-required']});
            tidy();
            """;

    private AriaRequired() {}

    /** For required {@code Select}s and {@code DateTimePicker}s. */
    public static void onlyOnInputs(Component... fields) {
        for (Component field : fields) {
            field.getElement().executeJs(ONLY_ON_INPUTS);
        }
    }
}
