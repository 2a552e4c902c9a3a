package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibilityTest {

    @ParameterizedTest(name = "{0} seen by {1}: {2}")
    @CsvSource({
        "MEMBERS, SELF, true", "MEMBERS, CONTACT, true", "MEMBERS, MEMBER, true",
        "CONTACTS, SELF, true", "CONTACTS, CONTACT, true", "CONTACTS, MEMBER, false",
        "ONLY_ME, SELF, true", "ONLY_ME, CONTACT, false", "ONLY_ME, MEMBER, false"
    })
    void who_may_see_what(Visibility visibility, Relationship viewer, boolean allowed) {
        assertThat(visibility.allows(viewer)).isEqualTo(allowed);
    }
}
