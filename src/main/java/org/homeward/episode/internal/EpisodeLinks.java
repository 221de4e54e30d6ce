package org.homeward.episode.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.DateInput;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The processes an episode is linked to (DOMAIN.md MP-07): child protection plans, exploitation
 * panels (MASE/MACE), the youth offending service and National Referral Mechanism referrals. Each
 * link is also a step in the episode's history, which is how it reaches the child's chronology.
 */
@Component
class EpisodeLinks {

    static final String VOCABULARY = "linked-process";

    record Link(UUID id, String kind, String kindLabel, String reference, LocalDate datedOn, String note,
                String recordedByName, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final EpisodeRecords records;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final Clock clock;

    EpisodeLinks(JdbcClient jdbc, EpisodeRecords records, Vocabularies vocabularies, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
    }

    List<Vocabularies.Term> kinds() {
        return vocabularies.termsInForce(VOCABULARY, today());
    }

    List<Link> forEpisode(UUID episodeId) {
        return jdbc.sql("""
                select l.id, l.kind, coalesce(v.label, l.kind) as kind_label, l.reference, l.dated_on, l.note,
                       l.recorded_by_name, l.recorded_at
                  from episode_link l
                  left join lateral (select label from vocabulary_term where vocabulary = :v and code = l.kind
                                      order by effective_from desc limit 1) v on true
                 where l.episode_id = :e order by l.dated_on, l.recorded_at""")
                .param("v", VOCABULARY).param("e", episodeId).query(Link.class).list();
    }

    /** Validates and saves the link with who made it; nothing is written when an answer is refused. */
    @Transactional
    boolean add(Episode episode, LinkForm form, Errors errors, CurrentUser user) {
        LocalDate today = today();
        if (form.getKind() == null || !vocabularies.inForce(VOCABULARY, form.getKind(), today)) {
            errors.rejectValue("kind", "required", "Select what the episode is linked to");
        }
        Optional<LocalDate> dated = FormChecks.date(form.datedOn(), "datedDay",
                "Enter the date of the plan, panel or referral", "The date", LocalDate.of(DateInput.FIRST_YEAR, 1, 1),
                "Enter a date after 1900", today, "The date cannot be in the future", errors);
        if (errors.hasErrors()) {
            return false;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into episode_link (id, episode_id, kind, reference, dated_on, note, recorded_by, recorded_by_name,
                                          recorded_at)
                values (:id, :e, :kind, :reference, :dated, :note, :by, :name, :now)""")
                .param("id", UUID.randomUUID()).param("e", episode.id()).param("kind", form.getKind())
                .param("reference", form.getReference()).param("dated", dated.get()).param("note", form.getNote())
                .param("by", user.id()).param("name", user.displayName()).param("now", Timestamp.from(now)).update();
        String label = vocabularies.label(VOCABULARY, form.getKind()).orElse(form.getKind());
        records.addChange(episode.id(), "LINKED", "Linked to " + label + " " + form.getReference() + ", "
                        + Dates.ofDay(dated.get()), form.getNote(),
                dated.get().atStartOfDay(ClockConfiguration.LONDON).toInstant(), now, user);
        audit.record(AuditAction.CHANGE, new AuditTrail.Subject("episode", episode.id(), episode.childId()),
                List.of("Linked process"), label);
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }
}
