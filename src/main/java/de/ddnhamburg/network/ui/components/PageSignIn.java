package de.ddnhamburg.network.ui.components;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The sign-in of the user whose page is open, for pages that read again when another user's action
 * changed something (live seats, check-in counters). The broadcast arrives on another thread, in
 * the context of whoever acted or of none; reading with the acting user's rights would show this
 * page what only they may see. So the page captures its own sign-in when it is attached and reads
 * with that, never with the caller's.
 */
public final class PageSignIn {

    private @Nullable Authentication signedIn;

    /** Remembers the current request's sign-in: call it when the page is attached. */
    public void capture() {
        signedIn = SecurityContextHolder.getContext().getAuthentication();
    }

    /** Forgets the sign-in: call it when the page is detached. */
    public void forget() {
        signedIn = null;
    }

    /** Runs the read with the captured sign-in and restores the thread's own context afterwards. */
    public void run(Runnable read) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(signedIn);
        SecurityContextHolder.setContext(own);
        try {
            read.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
