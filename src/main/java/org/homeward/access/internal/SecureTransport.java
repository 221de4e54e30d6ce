package org.homeward.access.internal;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Keeps the session cookie off plain HTTP wherever Homeward is reached at anything but a local address. The
 * cookie is marked Secure on every request that came over HTTPS (directly, or through a proxy that says so
 * in X-Forwarded-Proto), and on every request at all unless the base URL is a local http address: the
 * local demo is the one place a browser may sign in without TLS. A non-local http base URL stops start-up,
 * unless HOMEWARD_SECURE_COOKIES=false says that is meant (a trial on a closed network), which is warned of.
 */
@Component
class SecureTransport implements DefaultCookieSerializerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SecureTransport.class);

    private final boolean alwaysSecure;

    SecureTransport(@Value("${homeward.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${homeward.secure-cookies:}") String secureCookies) {
        this.alwaysSecure = decide(baseUrl, secureCookies.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean decide(String baseUrl, String secureCookies) {
        boolean localHttp = isLocalHttp(baseUrl);
        boolean plainHttp = URI.create(baseUrl.strip()).getScheme().equalsIgnoreCase("http");
        switch (secureCookies) {
            case "true":
                return true;
            case "false":
                if (plainHttp && !localHttp) {
                    log.warn("HOMEWARD_BASE_URL {} is plain http at a non-local address and HOMEWARD_SECURE_COOKIES "
                            + "is false: passwords and sessions cross the network unencrypted", baseUrl);
                }
                return false;
            case "":
                if (plainHttp && !localHttp) {
                    throw new IllegalStateException("HOMEWARD_BASE_URL " + baseUrl + " is plain http at a non-local "
                            + "address: give the https address users reach Homeward at, or, for a trial on a closed "
                            + "network only, set HOMEWARD_SECURE_COOKIES=false");
                }
                return !localHttp;
            default:
                throw new IllegalStateException("HOMEWARD_SECURE_COOKIES must be true, false or empty, not "
                        + secureCookies);
        }
    }

    /** http at localhost, a loopback address or a *.localhost name: the demo on one's own machine. */
    static boolean isLocalHttp(String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (java.net.UnknownHostException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    boolean cookiesAlwaysSecure() {
        return alwaysSecure;
    }

    @Override
    public void customize(DefaultCookieSerializer cookies) {
        if (alwaysSecure) {
            cookies.setUseSecureCookie(true);
        }
    }
}
