package org.homeward.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildRecordChanged;
import org.homeward.child.ChildSummary;
import org.homeward.episode.EpisodeRiskChanged;
import org.homeward.episode.EpisodeSummary;
import org.homeward.episode.SignificantHarmSuspected;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.ChildsViews;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Checks a screening against the version of the instrument in force, asks the rule for its
 * suggestion, and saves the screening whole with the assessor's rating, audited. A screening is
 * made afresh for each episode: nothing is carried over from an earlier one unless the assessor
 * answers it again.
 */
@Service
class ScreeningService {

    static final String RATINGS = "council-risk";
    private static final int MAX_TEXT = 4000;

    /** The answers, checked and complete, with what the rule makes of them. */
    public record Draft(Instrument instrument, Map<String, Answer> answers, Map<String, String> evidence, int age,
                 RatingRule.Suggestion suggestion, ChildsViews views) {
    }

    private final Instruments instruments;
    private final ScreeningRecords records;
    private final Vocabularies vocabularies;
    private final AuditTrail audit;
    private final Clock clock;
    private final Settings settings;

    private final org.springframework.context.ApplicationEventPublisher events;

    ScreeningService(Instruments instruments, ScreeningRecords records, Vocabularies vocabularies, AuditTrail audit,
                     Clock clock, Settings settings,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.instruments = instruments;
        this.records = records;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    int highRiskAge() {
        return settings.number(Setting.HIGH_RISK_AGE);
    }

    /** The version a screening made today answers. */
    Instrument inForce() {
        return instruments.inForce(today())
                .orElseThrow(() -> new IllegalStateException("No risk screening instrument is in force"));
    }

    /** The child's age in whole years on the day they were last seen (UK date). */
    static int ageWhenLastSeen(ChildSummary child, EpisodeSummary episode) {
        LocalDate seen = episode.lastSeenAt().atZone(ClockConfiguration.LONDON).toLocalDate();
        return Period.between(child.dateOfBirth(), seen).getYears();
    }

    /**
     * The answers, when every factor of the version in force is answered (with evidence for what is
     * current or historical) and nothing else is; otherwise the errors say what to put right.
     */
    Optional<Draft> check(EpisodeSummary episode, ChildSummary child, ScreeningForm form, Errors errors) {
        Instrument instrument = inForce();
        if (!instrument.id().toString().equals(form.getVersionId())) {
            errors.reject("version", "The screening questions changed while you were answering them: version "
                    + instrument.version() + " is now in force. Answer the questions below");
            form.setVersionId(instrument.id().toString());
            return Optional.empty();
        }
        Set<String> given = new HashSet<>(form.getAnswers().keySet());
        given.addAll(form.getEvidence().keySet());
        if (given.stream().anyMatch(code -> instrument.factor(code).isEmpty())) {
            errors.reject("unknownFactor", "Answer only the questions of the screening in force (version "
                    + instrument.version() + ")");
            return Optional.empty();
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (Instrument.Factor f : instrument.factors()) {
            String answerField = "answers[" + f.code() + "]";
            String evidenceField = "evidence[" + f.code() + "]";
            String code = form.getAnswers().get(f.code());
            Optional<Answer> answer = Answer.of(code);
            String name = lowerFirst(f.label());
            if (code == null || code.isBlank()) {
                errors.rejectValue(answerField, "required",
                        "Select whether " + name + " is current, historical, not known or not present");
            } else if (answer.isEmpty()) {
                errors.rejectValue(answerField, "invalid",
                        "Select current, historical, not known or not present for " + name);
            }
            String text = text(form.getEvidence().get(f.code()));
            if (answer.isPresent() && answer.get().needsEvidence() && text == null) {
                errors.rejectValue(evidenceField, "required", "Enter the evidence for " + name
                        + ": what is known and where it came from");
            } else if (text != null && text.length() > MAX_TEXT) {
                errors.rejectValue(evidenceField, "tooLong", "Evidence for " + name + " must be "
                        + MAX_TEXT + " characters or fewer");
            }
            answer.ifPresent(a -> answers.put(f.code(), a));
            if (text != null) {
                evidence.put(f.code(), text);
            }
        }
        ChildsViews views = ChildsViews.check(form.getChildViews(), form.getChildViewsNotObtained(), errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        int age = ageWhenLastSeen(child, episode);
        return Optional.of(new Draft(instrument, answers, evidence, age,
                RatingRule.suggest(instrument, answers, age, highRiskAge()), views));
    }

    /**
     * Saves the screening with the suggested rating, or with the assessor's own, which needs a
     * rationale; nothing is stored when the decision is incomplete.
     */
    @Transactional
    public Optional<Screening> save(Draft draft, EpisodeSummary episode, ChildSummary child, ScreeningForm form,
                                    Errors errors, CurrentUser user) {
        String suggested = draft.suggestion().rating();
        String rating = suggested;
        String rationale = null;
        if (!"yes".equals(form.getAgree()) && !"no".equals(form.getAgree())) {
            errors.rejectValue("agree", "required", "Select whether you agree with the suggested rating");
        } else if ("no".equals(form.getAgree())) {
            rating = form.getRating();
            rationale = text(form.getRationale());
            if (rating == null || !RatingRule.RATINGS.contains(rating) || !vocabularies.inForce(RATINGS, rating, today())) {
                errors.rejectValue("rating", "required", "Select the rating you give");
            } else if (rating.equals(suggested)) {
                errors.rejectValue("rating", "same",
                        "Select a rating other than the suggested one, or say that you agree with it");
            }
            if (rationale == null) {
                errors.rejectValue("rationale", "required",
                        "Enter why your rating differs from the suggested rating");
            } else if (rationale.length() > MAX_TEXT) {
                errors.rejectValue("rationale", "tooLong", "Rationale must be " + MAX_TEXT + " characters or fewer");
            }
        }
        if (form.getSignificantHarm() != null && !List.of("yes", "no").contains(form.getSignificantHarm())) {
            errors.rejectValue("significantHarm", "invalid", "Select whether significant harm is suspected");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Screening screening = new Screening(UUID.randomUUID(), episode.id(), child.id(), draft.instrument().id(),
                clock.instant(), user.displayName(), draft.age(), draft.suggestion().agePrompt(),
                draft.suggestion().score(), suggested, rating, rationale, draft.views().views(),
                draft.views().notObtained());
        String before = records.latestForEpisode(episode.id()).map(Screening::rating).orElse(null);
        records.insert(screening, user.id(), draft.answers(), draft.evidence());
        if (!rating.equals(before)) {
            events.publishEvent(new EpisodeRiskChanged(episode.id(), child.id(), false, rating,
                    user.id()));
        }
        audit.record(AuditAction.CREATE, subject(screening), List.of("Answers", "Rating", "Child's views"),
                screening.overridden() ? "Rated " + label(rating) + " against a suggested " + label(suggested) : null);
        events.publishEvent(new ChildRecordChanged(screening.childId(), "Risk screened"));
        if ("yes".equals(form.getSignificantHarm())) {
            records.flagSignificantHarm(screening.id());
            events.publishEvent(new SignificantHarmSuspected(child.id(), episode.id(),
                    "council risk screening", rationale, user.id()));
        }
        return Optional.of(screening);
    }

    String label(String rating) {
        return vocabularies.label(RATINGS, rating).orElse(rating).toLowerCase(Locale.UK);
    }

    static AuditTrail.Subject subject(Screening s) {
        return new AuditTrail.Subject("risk-screening", s.id(), s.childId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
