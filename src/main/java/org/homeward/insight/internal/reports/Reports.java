package org.homeward.insight.internal.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.oversight.Notifier;
import org.homeward.platform.web.Keyset;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Produces, keeps and finds the partnership's reports, and tells their recipients when a scheduled one is ready. */
@Component
public class Reports {

    /** A report as kept. {@code producedBy} is null for one the schedule produced. */
    public record Report(UUID id, ReportKind kind, LocalDate periodFrom, LocalDate periodTo, UUID authorityId,
                         String scopeName, ReportContent content, Instant producedAt, String producedBy,
                         boolean scheduled) {
    }

    /** A report in the list: no content. */
    public record Listed(UUID id, ReportKind kind, LocalDate periodFrom, LocalDate periodTo, String scopeName,
                         Instant producedAt, String producedBy, boolean scheduled) {
    }

    private final PartnershipFigures figures;
    private final ReportBuilder builder;
    private final Settings settings;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Notifier notifier;
    private final Clock clock;

    Reports(PartnershipFigures figures, ReportBuilder builder, Settings settings, JdbcClient jdbc, JsonMapper json,
            Notifier notifier, Clock clock) {
        this.figures = figures;
        this.builder = builder;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Produces and keeps a report for the period and the councils given (empty: the whole partnership);
     * {@code producedBy} null when the schedule produces it, which it does once per period.
     */
    @Transactional
    public Optional<UUID> produce(ReportKind kind, LocalDate from, LocalDate to, Optional<Collection<UUID>> authorities,
                                  UUID authorityId, String scopeName, UUID producedBy) {
        int repeat = settings.number(Setting.INSIGHT_REPEAT_EPISODES);
        PartnershipFigures.Figures f = figures.figures(from, to, authorities, repeat, kind.lookedAfterOnly());
        ReportContent content = builder.build(kind, scopeName, f, repeat, settings.number(Setting.INSIGHT_REPEAT_MONTHS));
        UUID id = UUID.randomUUID();
        int written = jdbc.sql("""
                insert into insight_report (id, kind, period_from, period_to, authority_id, scope_name, content,
                                            produced_at, produced_by, scheduled)
                values (:id, :kind, :from, :to, :authority, :scope, cast(:content as jsonb), :at, :by, :scheduled)
                on conflict do nothing""")
                .param("id", id).param("kind", kind.name()).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to)).param("authority", authorityId).param("scope", scopeName)
                .param("content", json.writeValueAsString(content)).param("at", Timestamp.from(clock.instant()))
                .param("by", producedBy).param("scheduled", producedBy == null).update();
        return written == 1 ? Optional.of(id) : Optional.empty();
    }

    public Optional<Report> find(UUID id) {
        return jdbc.sql("""
                select r.id, r.kind, r.period_from, r.period_to, r.authority_id, r.scope_name, r.content::text as content,
                       r.produced_at, u.display_name as produced_by, r.scheduled
                  from insight_report r left join user_account u on u.id = r.produced_by where r.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Report(rs.getObject("id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
                        rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                        rs.getObject("authority_id", UUID.class), rs.getString("scope_name"),
                        json.readValue(rs.getString("content"), ReportContent.class),
                        rs.getTimestamp("produced_at").toInstant(), rs.getString("produced_by"), rs.getBoolean("scheduled")))
                .optional();
    }

    /** Every report ({@code authorities} empty) or those of these councils, the latest first, a page at a time. */
    public Keyset.Page<Listed> list(Optional<Collection<UUID>> authorities, Keyset keyset) {
        String scope = authorities.isEmpty() ? "true" : "r.authority_id = any(:ids)";
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select r.id, r.kind, r.period_from, r.period_to, r.scope_name, r.produced_at,
                       u.display_name as produced_by, r.scheduled
                  from insight_report r left join user_account u on u.id = r.produced_by where %s""".formatted(scope)
                + keyset.condition("r.produced_at", "r.id", true) + keyset.orderBy("r.produced_at", "r.id", true)
                + keyset.limit());
        if (authorities.isPresent()) {
            spec = spec.param("ids", new SqlArrayValue("uuid", authorities.get().toArray()));
        }
        return keyset.page(keyset.bind(spec).query(Listed.class).list(), Listed::producedAt, Listed::id);
    }

    public List<UUID> recipients(ReportKind kind) {
        return jdbc.sql("select user_id from insight_report_recipient where kind = :kind").param("kind", kind.name())
                .query(UUID.class).list();
    }

    @Transactional
    public void setRecipients(ReportKind kind, Collection<UUID> users) {
        jdbc.sql("delete from insight_report_recipient where kind = :kind").param("kind", kind.name()).update();
        jdbc.sql("""
                insert into insight_report_recipient (kind, user_id)
                select :kind, u.id from user_account u where u.id = any(:ids) on conflict do nothing""")
                .param("kind", kind.name()).param("ids", new SqlArrayValue("uuid", users.toArray())).update();
    }

    /**
     * The schedule's turn: the last complete quarter's report of each kind that has recipients, produced once, and
     * its recipients told in Homeward (and by an email that carries only a sign-in link) in the same transaction.
     */
    @Transactional
    public int produceDue(LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        LocalDate from = quarterStart.minusMonths(3);
        LocalDate to = quarterStart.minusDays(1);
        int produced = 0;
        for (ReportKind kind : ReportKind.values()) {
            List<UUID> recipients = recipients(kind);
            if (recipients.isEmpty()) {
                continue;
            }
            Optional<UUID> id = produce(kind, from, to, Optional.empty(), null, "the whole partnership", null);
            if (id.isPresent()) {
                produced++;
                notifier.tell(recipients, null, kind.title() + " for " + from + " to " + to + " is ready.",
                        "/insight/reports/" + id.get(), "Homeward: a partnership report is ready");
            }
        }
        return produced;
    }
}
