package de.ddnhamburg.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import de.ddnhamburg.network.ui.start.PublicHomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PageTitlesTest extends KaribuTest {

    @Autowired
    GroupAdministrationService groups;

    @Test
    void a_translated_title_ends_in_the_platforms_name() {
        navigate(ImprintView.class);
        assertThat(title()).isEqualTo("Impressum | ddn Hamburg");

        openAddress("diese/seite/gibt/es/nicht");
        assertThat(title()).isEqualTo("Seite nicht gefunden | ddn Hamburg");

        loginAsMember();
        navigate(MemberDirectoryView.class);
        assertThat(title()).isEqualTo("Mitglieder | ddn Hamburg");
    }

    @Test
    void a_page_about_a_record_is_titled_with_its_name() {
        long id = Groups.create(testMembers, groups, JoinPolicy.OPEN, GroupVisibility.LISTED);
        loginAsMember();

        navigate("fachgruppen/" + id);

        String name = _get(H1.class, spec -> spec.withId("group-title")).getText();
        assertThat(title()).isEqualTo(name + " | ddn Hamburg");
    }

    @Test
    void the_home_page_is_the_platforms_name_alone() {
        navigate(PublicHomeView.class);

        assertThat(title()).isEqualTo("ddn Hamburg");
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }
}
