package de.ddnhamburg.network.domain.group;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links to group pages for mails; the routes repeat ui.RoutePaths.GROUPS and GROUP, which the domain cannot import. */
@Component
class GroupLinks {

    static final String GROUP_PATH = "fachgruppen/";

    private final String baseUrl;

    GroupLinks(@Value("${app.public-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The list of groups, where the digest sends members to find everything. */
    String groups() {
        return baseUrl + "/" + GROUP_PATH.substring(0, GROUP_PATH.length() - 1);
    }

    String group(long groupId) {
        return baseUrl + "/" + GROUP_PATH + groupId;
    }
}
