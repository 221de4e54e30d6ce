package org.homeward.access.internal;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: every script is a file served by Homeward itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain homewardSecurity(HttpSecurity http, SignInSuccessHandler success,
                                         SignInFailureHandler failure, SessionExpiryHandler expiry,
                                         SignInEntryPoint entryPoint, PasswordSignIn passwords,
                                         Environment environment) throws Exception {
        // The only way to sign in: no fallback provider that would check a password without counting it.
        http.authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/sign-in", "/error").permitAll()
                        // Probes on the application port: /livez and /readyz.
                        .requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER,
                                HealthEndpoint.class)).permitAll()
                        // Health, info and metrics on the management port, which is never published. Should
                        // someone serve them on the application port, metrics need an administrator.
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).access(
                                ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
                                        ? (auth, request) -> new AuthorizationDecision(true)
                                        : AuthorityAuthorizationManager.hasRole("ADMINISTRATOR"))
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/audit/**").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler(success).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .exceptionHandling(e -> e.accessDeniedHandler(expiry).authenticationEntryPoint(entryPoint))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        // On HTTPS requests only (a proxy's X-Forwarded-Proto counts): browsers ignore it on http.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
