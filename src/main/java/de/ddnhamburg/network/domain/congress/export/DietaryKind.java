package de.ddnhamburg.network.domain.congress.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of dietary need the kitchen plans by, recognised in the free text people typed (German
 * or English) by word stems, after lower-casing and folding accents ({@code Zöliakie} →
 * {@code zoliakie}). One answer can name several kinds ("vegan, glutenfrei").
 */
public enum DietaryKind {
    VEGETARIAN("vegetar", "veggie"),
    VEGAN("vegan"),
    PESCETARIAN("pesc[ae]tar", "pesketar"),
    GLUTEN_FREE("gluten", "zoliak", "coeliac", "celiac"),
    LACTOSE_FREE("lactose", "laktose", "milchfrei", "milchzucker", "dairy", "(ohne|keine?) milch"),
    NUTS("nuss", "\\bnuts?\\b", "peanut"),
    HALAL("halal"),
    KOSHER("koscher", "kosher"),
    NO_PORK("schwein", "pork");

    private final List<Pattern> stems;

    DietaryKind(String... stems) {
        this.stems = java.util.Arrays.stream(stems).map(Pattern::compile).toList();
    }

    /** Whether the folded text names this kind. */
    boolean namedIn(String folded) {
        return stems.stream().anyMatch(stem -> stem.matcher(folded).find());
    }
}
