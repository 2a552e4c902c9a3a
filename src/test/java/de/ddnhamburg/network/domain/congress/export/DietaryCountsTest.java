package de.ddnhamburg.network.domain.congress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Free-text dietary needs become counts by kind and by normalised answer. */
class DietaryCountsTest {

    @Test
    void kinds_are_recognised_in_german_and_english_and_counted_once_per_person() {
        DietaryCounts counts = DietaryCounts.of(Arrays.asList(
                "Vegetarisch",
                "vegetarian please",
                "vegan, glutenfrei",
                "Zöliakie – streng glutenfrei!",
                "Laktoseintoleranz",
                "keine Milchprodukte",
                "Erdnussallergie",
                "no nuts",
                "halal",
                "koscher",
                "kein Schweinefleisch",
                "pescetarisch",
                "Vegan vegan VEGAN",
                null,
                "   ",
                ""));

        assertThat(counts.people()).isEqualTo(16);
        assertThat(counts.withoutNeeds()).isEqualTo(3);
        assertThat(counts.count(DietaryKind.VEGETARIAN)).isEqualTo(2);
        assertThat(counts.count(DietaryKind.VEGAN)).isEqualTo(2);
        assertThat(counts.count(DietaryKind.GLUTEN_FREE)).isEqualTo(2);
        assertThat(counts.count(DietaryKind.LACTOSE_FREE)).isEqualTo(2);
        assertThat(counts.count(DietaryKind.NUTS)).isEqualTo(2);
        assertThat(counts.count(DietaryKind.HALAL)).isOne();
        assertThat(counts.count(DietaryKind.KOSHER)).isOne();
        assertThat(counts.count(DietaryKind.NO_PORK)).isOne();
        assertThat(counts.count(DietaryKind.PESCETARIAN)).isOne();
        assertThat(counts.unrecognised()).isZero();
    }

    @Test
    void answers_are_counted_by_their_normalised_wording_so_nothing_is_lost_in_a_kind() {
        DietaryCounts counts = DietaryCounts.of(Arrays.asList(
                "Vegetarisch.",
                " vegetarisch ",
                "VEGETARISCH",
                "vegetarisch,\n keine Pilze",
                "Keine Pilze!",
                "Sellerie"));

        assertThat(counts.byText())
                .containsExactly(
                        java.util.Map.entry("keine pilze", 1),
                        java.util.Map.entry("sellerie", 1),
                        java.util.Map.entry("vegetarisch", 3),
                        java.util.Map.entry("vegetarisch, keine pilze", 1));
        assertThat(counts.count(DietaryKind.VEGETARIAN)).isEqualTo(4);
        assertThat(counts.unrecognised()).as("keine Pilze, Sellerie").isEqualTo(2);
    }

    @Test
    void a_vegan_answer_is_not_vegetarian_and_vegetarian_is_not_vegan() {
        assertThat(DietaryCounts.kinds("vegan")).containsExactly(DietaryKind.VEGAN);
        assertThat(DietaryCounts.kinds("vegetarisch")).containsExactly(DietaryKind.VEGETARIAN);
        assertThat(DietaryCounts.kinds("nutrition ok")).isEmpty();
    }
}
