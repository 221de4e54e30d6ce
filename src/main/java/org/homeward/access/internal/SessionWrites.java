package org.homeward.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** How sessions are written to the database, which they live in so that any node can serve any request. */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

    /**
     * Writing the last access time on every page view would cost a committed write per request. It is
     * written only when it has moved on by a tenth of the timeout or a minute, whichever is less, so a
     * session may end that much before its full timeout. Any other change is written at once.
     */
    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% AS s
               SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                   MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                   PRINCIPAL_NAME = v.principal_name
              FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
                            CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                   AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
             WHERE s.PRIMARY_ID = v.primary_id
               AND (s.SESSION_ID <> v.session_id
                    OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                    OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                    OR v.last_access_time - s.LAST_ACCESS_TIME >= LEAST(60000, s.MAX_INACTIVE_INTERVAL * 100))""";

    /**
     * Two requests of one session (two tabs) can both add the same attribute, such as a new CSRF
     * token; upserts instead of inserts keep the second from failing.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionWrites() {
        PostgreSqlJdbcIndexedSessionRepositoryCustomizer upserts = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        return repository -> {
            upserts.customize(repository);
            repository.setUpdateSessionQuery(UPDATE_SESSION);
        };
    }
}
