package org.homeward.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.session.web.http.DefaultCookieSerializer;

class SecureTransportTest {

    @Test
    void theLocalDemoOverHttpIsTheOnePlaceTheCookieIsNotAlwaysSecure() {
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1:8080/", "http://[::1]:8080",
                "http://homeward.localhost"}) {
            assertThat(new SecureTransport(local, "").cookiesAlwaysSecure()).as(local).isFalse();
        }
        assertThat(new SecureTransport("https://homeward.example.gov.uk", "").cookiesAlwaysSecure()).isTrue();
        assertThat(new SecureTransport("https://localhost:8443", "").cookiesAlwaysSecure()).isTrue();
        assertThat(new SecureTransport("http://localhost:8080", "true").cookiesAlwaysSecure()).isTrue();
    }

    @Test
    void aNonLocalHttpBaseUrlStopsStartUpUnlessInsecureCookiesAreAskedFor() {
        assertThatThrownBy(() -> new SecureTransport("http://homeward.example.gov.uk", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HOMEWARD_SECURE_COOKIES=false");
        assertThatThrownBy(() -> new SecureTransport("http://192.168.1.20:8080", ""))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new SecureTransport("http://192.168.1.20:8080", "false").cookiesAlwaysSecure()).isFalse();
        assertThatThrownBy(() -> new SecureTransport("https://homeward.example.gov.uk", "yes"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSessionCookieIsMarkedSecureWhenItMustAlwaysBe() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        new SecureTransport("https://homeward.example.gov.uk", "").customize(cookies);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
        cookies.writeCookieValue(new org.springframework.session.web.http.CookieSerializer.CookieValue(request, response, "id"));
        assertThat(response.getHeader("Set-Cookie")).contains("Secure");
    }
}
