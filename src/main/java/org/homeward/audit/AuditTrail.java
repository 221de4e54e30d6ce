package org.homeward.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one audit writer. It joins the caller's transaction, so an action and its audit entry are
 * committed together or not at all.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The record that an action was about: its type, its id and the child it concerns. */
    public record Subject(String recordType, UUID recordId, UUID childId) {

        public static Subject child(UUID childId) {
            return new Subject("child", childId, childId);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, Subject subject, Collection<String> fieldsChanged, String detail) {
        CurrentUser user = currentUser();
        jdbc.sql("""
                insert into audit_entry (occurred_at, user_id, username, agency_name, action, record_type,
                                         record_id, child_id, fields_changed, detail, client_address)
                values (:at, :userId, :username, :agency, :action, :type, :recordId, :childId,
                        string_to_array(:fields, chr(31)), :detail, :address)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("userId", user == null ? null : user.id())
                .param("username", user == null ? "system" : user.getUsername())
                .param("agency", user == null ? null : user.agencyName())
                .param("action", action.name())
                .param("type", subject.recordType())
                .param("recordId", subject.recordId())
                .param("childId", subject.childId())
                .param("fields", String.join("\u001f", fieldsChanged == null ? List.of() : fieldsChanged))
                .param("detail", detail == null ? null : truncate(detail, 500))
                .param("address", clientAddress())
                .update();
    }

    /** One entry of a child's audit trail, as the subject access export gives it: who, their agency, when, what. */
    public record Entry(Instant occurredAt, String username, String agencyName, String action, String recordType,
                        UUID recordId, String fieldsChanged, String detail) {
    }

    /**
     * Every entry about the child, oldest first. The trail is kept with the record and given with it
     * in a subject access export; client addresses are left out (they say nothing about the child).
     */
    public List<Entry> trailOf(UUID childId) {
        return jdbc.sql("""
                select occurred_at, username, agency_name, action, record_type, record_id,
                       array_to_string(fields_changed, ', ') as fields_changed, detail
                  from audit_entry where child_id = :child order by occurred_at, id""")
                .param("child", childId).query(Entry.class).list();
    }

    /** The children this user has opened most recently, newest first. */
    public List<UUID> recentlyViewedChildren(UUID userId, int limit) {
        return jdbc.sql("""
                select child_id from audit_entry
                 where user_id = :user and action = 'VIEW' and child_id is not null
                 group by child_id order by max(occurred_at) desc limit :limit""")
                .param("user", userId).param("limit", limit)
                .query(UUID.class).list();
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
