package de.ddnhamburg.network.bootstrap;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production database starts empty, and without an admin nobody could ever approve a member.
 * So on an empty database the first admin comes from the environment, and without it we refuse to
 * start rather than run an installation nobody can administer.
 */
@Component
@Profile("prod")
@Order(1)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final MemberProvisioning provisioning;
    private final FirstAdminProperties firstAdmin;

    FirstAdminInitializer(MemberProvisioning provisioning, FirstAdminProperties firstAdmin) {
        this.provisioning = provisioning;
        this.firstAdmin = firstAdmin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioning.hasNoMembers()) {
            return;
        }
        String email = firstAdmin.email();
        String password = firstAdmin.password();
        if (email.isBlank() || password.isBlank()) {
            throw new IllegalStateException("The database has no members yet. Set APP_ADMIN_EMAIL and "
                    + "APP_ADMIN_PASSWORD (at least 12 characters) to create the first admin.");
        }
        try {
            provisioning.createFirstAdmin(email, "Administration", "ddn Hamburg", password);
        } catch (DomainException e) {
            throw new IllegalStateException("APP_ADMIN_EMAIL or APP_ADMIN_PASSWORD is not usable (" + e.getMessageKey()
                    + "): the e-mail must be valid and the password at least 12 characters long.");
        }
        LOG.info("Created the first admin {}", email);
    }
}
