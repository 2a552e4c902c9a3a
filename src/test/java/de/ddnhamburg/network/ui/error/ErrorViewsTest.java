package de.ddnhamburg.network.ui.error;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.legal.PrivacyView;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuTest {

    @Test
    void garbage_address_shows_a_translated_not_found_page_for_guests() {
        openAddress("diese/seite/gibt/es/nicht");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Seite nicht gefunden");
    }

    @Test
    void garbage_address_shows_the_not_found_page_for_members_too() {
        loginAsMember();

        openAddress("mitglieder/%3Cscript%3E");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void legal_pages_have_their_headings() {
        navigate(ImprintView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Impressum");

        navigate(PrivacyView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Datenschutz");
    }
}
