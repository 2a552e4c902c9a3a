package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.member.LoginAccount;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets another member act for a moment in the middle of a UI test (send a request, block), and
 * then puts the signed-in user of the test back.
 */
public final class Acting {

    private Acting() {}

    public static <T> T as(LoginAccount account, Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityTestSupport.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static void run(LoginAccount account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }
}
