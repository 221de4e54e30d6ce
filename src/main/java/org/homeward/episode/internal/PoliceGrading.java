package org.homeward.episode.internal;

import static org.homeward.episode.internal.EpisodeAnswers.required;
import static org.homeward.episode.internal.EpisodeAnswers.time;
import static org.homeward.episode.internal.EpisodeService.subject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.Children;
import org.homeward.episode.EpisodeGraded;
import org.homeward.episode.EpisodeRiskChanged;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The police grading of an episode: classification and risk level in use on the day last seen, the
 * partnership's risk policy, and the sources the grading rests on; the police are told the new risk.
 */
@Service
class PoliceGrading {

    private final EpisodeRecords records;
    private final Vocabularies vocabularies;
    private final EpisodeTerms terms;
    private final Children children;
    private final RiskLevelPolicy riskLevels;
    private final PoliceMessages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PoliceGrading(EpisodeRecords records, Vocabularies vocabularies, EpisodeTerms terms, Children children,
                  RiskLevelPolicy riskLevels, PoliceMessages messages, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.vocabularies = vocabularies;
        this.terms = terms;
        this.children = children;
        this.riskLevels = riskLevels;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    boolean grade(Episode episode, GradingForm form, Errors errors, CurrentUser user) {
        episode.refuseGrading();
        LocalDate on = episode.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        if (form.getClassification() == null || !vocabularies.inForce("police-classification", form.getClassification(), on)) {
            errors.rejectValue("classification", "invalid", "Select the police classification in use on "
                    + Dates.ofDay(on));
        }
        if (form.getRiskLevel() == null || !vocabularies.inForce("police-risk", form.getRiskLevel(), on)) {
            errors.rejectValue("riskLevel", "invalid", "Select a risk level");
        } else {
            children.summary(episode.childId()).flatMap(c -> riskLevels.refusal(form.getRiskLevel(), c, on))
                    .ifPresent(why -> errors.rejectValue("riskLevel", "policy", why));
        }
        // Rank and reason are checked for shape at the edge (GradingForm); a source row's answers only when it is given.
        Instant now = clock.instant();
        List<EpisodeRecords.Source> sources = sources(form, now, errors);
        if (errors.hasErrors()) {
            return false;
        }
        String before = records.gradings(episode.id()).stream().findFirst().map(EpisodeRecords.Grading::riskLevel).orElse(null);
        UUID grading = records.addGrading(episode.id(), form.getClassification(), form.getRiskLevel(), form.getRationale(),
                form.getAssessorRank(), now, user);
        records.addSources(grading, sources);
        messages.missingReport(episode, form.getRiskLevel(), user, now);
        events.publishEvent(new EpisodeGraded(episode.id(), episode.childId(), form.getRiskLevel(),
                user.id()));
        if (!form.getRiskLevel().equals(before)) {
            events.publishEvent(new EpisodeRiskChanged(episode.id(), episode.childId(), true,
                    form.getRiskLevel(), user.id()));
        }
        records.addChange(episode.id(), "GRADED", "Risk graded " + terms.label("police-risk", form.getRiskLevel()).toLowerCase(Locale.UK)
                + " (" + terms.label("police-classification", form.getClassification()) + ")", form.getRationale(), now, user);
        audit.record(AuditAction.CHANGE, subject(episode), List.of("Police classification", "Risk level"), null);
        events.publishEvent(new ChildRecordChanged(episode.childId(), "Risk graded"));
        return true;
    }

    /**
     * The information sources typed into the grading form: at least one, each complete and obtained
     * no later than now (APP: a risk assessment records where its information came from, so that a
     * review can test it and a later officer can go back to the person who gave it).
     */
    private List<EpisodeRecords.Source> sources(GradingForm form, Instant now, Errors errors) {
        List<EpisodeRecords.Source> sources = new ArrayList<>();
        List<GradingForm.SourceRow> rows = form.getSources() == null ? List.of() : form.getSources();
        for (int n = 0; n < Math.min(rows.size(), GradingForm.SOURCE_ROWS); n++) {
            GradingForm.SourceRow row = rows.get(n);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "sources[" + n + "].";
            String which = n == 0 ? "" : " for source " + (n + 1);
            required(row.getSupplier(), 200, at + "supplier", "Enter who supplied the information" + which, errors);
            required(row.getContact(), 200, at + "contact", "Enter how to contact who supplied the information" + which, errors);
            required(row.getInformation(), 2000, at + "information", "Enter what information they gave" + which, errors);
            Optional<Instant> obtained = time(row.obtainedAt(), at + "obtainedDay", "the information was obtained" + which,
                    true, now, errors);
            if (obtained.isPresent() && row.getSupplier() != null && row.getContact() != null && row.getInformation() != null) {
                sources.add(new EpisodeRecords.Source(null, row.getSupplier(), row.getContact(), row.getInformation(),
                        obtained.get()));
            }
        }
        if (rows.stream().limit(GradingForm.SOURCE_ROWS).allMatch(r -> r == null || r.blank())) {
            errors.rejectValue("sources[0].supplier", "required",
                    "Enter at least one source of information: who supplied it, their contact, what they said and when");
        }
        return sources;
    }
}
