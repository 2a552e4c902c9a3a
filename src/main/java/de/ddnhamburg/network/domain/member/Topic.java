package de.ddnhamburg.network.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * One entry of the curated topic list shared by members, groups and events. The list is reference
 * data maintained by migrations, so it exists in every installation, not only with demo data.
 */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_de", nullable = false)
    private String nameDe;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Topic() {
        this.id = 0L;
        this.slug = "";
        this.nameDe = "";
        this.nameEn = "";
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }
}
