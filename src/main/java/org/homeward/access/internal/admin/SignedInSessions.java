package org.homeward.access.internal.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person out everywhere. A session holds the roles and agency the person had when they
 * signed in, so after an administrator switches off an account, resets its password or changes
 * its access, the old session must not carry on with the old rights.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** @param keep the administrator's own session, when they change their own account */
    void end(String username, String keep) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById);
    }
}
