package org.homeward.insight.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.QueryTimeoutException;

/**
 * How many insight pages are worked out at once. A partnership's year of figures takes a connection for up to
 * a second or more: without a limit, a few analysts refreshing the board's pages hold every connection in the
 * pool and practitioners' pages wait. Beyond the limit a request waits its turn, then is told the service is
 * busy (503, as when the database does not answer). After sign-in, so a stranger takes no turn.
 */
@Configuration(proxyBeanMethods = false)
class InsightLimit {

    @Bean
    FilterRegistrationBean<Turns> insightTurns(@Value("${homeward.insight.concurrent-pages:2}") int concurrent,
                                               @Value("${homeward.insight.page-wait-ms:20000}") long waitMillis) {
        FilterRegistrationBean<Turns> registration = new FilterRegistrationBean<>(new Turns(concurrent, waitMillis));
        registration.addUrlPatterns("/insight", "/insight/*");
        return registration;
    }

    static final class Turns extends HttpFilter {

        private final Semaphore permits;
        private final long waitMillis;

        Turns(int concurrent, long waitMillis) {
            this.permits = new Semaphore(Math.max(1, concurrent), true);
            this.waitMillis = waitMillis;
        }

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            boolean acquired;
            try {
                acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryTimeoutException("Interrupted waiting for a turn at insight");
            }
            if (!acquired) {
                throw new QueryTimeoutException("Too many insight pages being worked out at once");
            }
            try {
                chain.doFilter(request, response);
            } finally {
                permits.release();
            }
        }
    }
}
