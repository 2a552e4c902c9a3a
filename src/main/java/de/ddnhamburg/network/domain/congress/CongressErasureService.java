package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For admins: when a congress's needs and guests' data will be, or were, erased. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CongressErasureService {

    private final CongressRepository congresses;
    private final CongressDataRetention retention;
    private final CongressPrivacyProperties settings;

    CongressErasureService(
            CongressRepository congresses, CongressDataRetention retention, CongressPrivacyProperties settings) {
        this.congresses = congresses;
        this.retention = retention;
        this.settings = settings;
    }

    public PersonalDataErasure erasure(long congressId) {
        Congress congress = congresses.findById(congressId).orElseThrow(NotFoundException::new);
        return new PersonalDataErasure(
                retention.erasesOn(congress.lastDay()), settings.eraseAfterDays(), congress.getPersonalDataErasedAt());
    }
}
