package de.ddnhamburg.network.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumMap;
import java.util.Map;

/** One column per field, so that directory queries can filter on what every member may see. */
@Embeddable
class ProfileVisibility {

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_organisation", nullable = false)
    private Visibility organisation = ProfileField.ORGANISATION.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_position", nullable = false)
    private Visibility position = ProfileField.POSITION.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_district", nullable = false)
    private Visibility district = ProfileField.DISTRICT.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_bio", nullable = false)
    private Visibility bio = ProfileField.BIO.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_topics", nullable = false)
    private Visibility topics = ProfileField.TOPICS.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_expertise", nullable = false)
    private Visibility expertise = ProfileField.EXPERTISE.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_links", nullable = false)
    private Visibility links = ProfileField.LINKS.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_phone", nullable = false)
    private Visibility phone = ProfileField.PHONE.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_email", nullable = false)
    private Visibility email = ProfileField.EMAIL.defaultVisibility();

    @Enumerated(EnumType.STRING)
    @Column(name = "vis_photo", nullable = false)
    private Visibility photo = ProfileField.PHOTO.defaultVisibility();

    Visibility of(ProfileField field) {
        return switch (field) {
            case ORGANISATION -> organisation;
            case POSITION -> position;
            case DISTRICT -> district;
            case BIO -> bio;
            case TOPICS -> topics;
            case EXPERTISE -> expertise;
            case LINKS -> links;
            case PHONE -> phone;
            case EMAIL -> email;
            case PHOTO -> photo;
        };
    }

    void set(ProfileField field, Visibility visibility) {
        switch (field) {
            case ORGANISATION -> organisation = visibility;
            case POSITION -> position = visibility;
            case DISTRICT -> district = visibility;
            case BIO -> bio = visibility;
            case TOPICS -> topics = visibility;
            case EXPERTISE -> expertise = visibility;
            case LINKS -> links = visibility;
            case PHONE -> phone = visibility;
            case EMAIL -> email = visibility;
            case PHOTO -> photo = visibility;
        }
    }

    Map<ProfileField, Visibility> asMap() {
        Map<ProfileField, Visibility> map = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            map.put(field, of(field));
        }
        return map;
    }
}
