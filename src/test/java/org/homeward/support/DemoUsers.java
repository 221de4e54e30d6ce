package org.homeward.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo users, loaded exactly as sign-in loads them. */
public final class DemoUsers {

    private DemoUsers() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }
}
