package de.ddnhamburg.network.domain.contact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the contact feature: how many requests one member may send in 24 hours (so that
 * nobody can mail the whole network in an afternoon), and the platform's address for links in mails.
 */
@Component
class ContactPolicy {

    private final int dailyRequestLimit;
    private final String baseUrl;

    ContactPolicy(
            @Value("${app.contact.daily-request-limit}") int dailyRequestLimit,
            @Value("${app.public-url}") String baseUrl) {
        if (dailyRequestLimit < 1) {
            throw new IllegalStateException("app.contact.daily-request-limit must be at least 1");
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalStateException(
                    "app.public-url (APP_PUBLIC_URL) must start with http:// or https://: " + baseUrl);
        }
        this.dailyRequestLimit = dailyRequestLimit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    int dailyRequestLimit() {
        return dailyRequestLimit;
    }

    /** An absolute address of the platform; {@code path} without a leading slash, as in the routes. */
    String link(String path) {
        return baseUrl + "/" + path;
    }
}
