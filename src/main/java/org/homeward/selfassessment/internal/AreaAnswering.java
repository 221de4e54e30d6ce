package org.homeward.selfassessment.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.access.CurrentUser;
import org.homeward.platform.web.FormChecks;
import org.homeward.selfassessment.internal.AssessmentAreaController.AnswersForm;
import org.homeward.selfassessment.internal.Questionnaire.Area;
import org.homeward.selfassessment.internal.Questionnaire.Question;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves one area's answers: an agency's own when agencies answer apart, otherwise the partnership's agreed grade
 * with its rationale, and the facilitator's moderated grade with its reason.
 */
@Service
class AreaAnswering {

    private final CycleAnswers cycleAnswers;

    AreaAnswering(CycleAnswers cycleAnswers) {
        this.cycleAnswers = cycleAnswers;
    }

    /** @return what to fix, by field; empty once saved */
    @Transactional
    public Map<String, String> save(CurrentUser user, Cycles.Cycle cycle, Questionnaire q, Area a, AnswersForm form) {
        boolean facilitator = cycle.facilitatedBy(user);
        boolean agencyMode = cycle.answeredByAgencyOf(user);
        Map<String, List<CycleAnswers.AgencyAnswer>> byQuestion = cycleAnswers.agencyAnswers(cycle.id()).stream()
                .collect(Collectors.groupingBy(CycleAnswers.AgencyAnswer::questionKey));
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question question : a.questions()) {
            String k = question.key();
            String label = "question " + (a.questions().indexOf(question) + 1);
            String grade = FormChecks.trimmed(form.getGrade().get(k));
            if (grade != null && q.grade(grade).isEmpty()) {
                errors.put("grade-" + k, "Select a grade for " + label + " from the scale");
            }
            check(form.getNote().get(k), "note-" + k, "The note on " + label, errors);
            if (agencyMode) {
                continue;
            }
            check(form.getRationale().get(k), "rationale-" + k, "The rationale for " + label, errors);
            if (cycle.separateAnswers() && grade != null && CycleAnswers.differ(byQuestion.get(k))
                    && FormChecks.trimmed(form.getRationale().get(k)) == null) {
                errors.put("rationale-" + k, "Give the rationale for the agreed grade of " + label
                        + ": the agencies' answers differ");
            }
            if (!facilitator) {
                continue;
            }
            String moderated = FormChecks.trimmed(form.getModeratedGrade().get(k));
            String reason = FormChecks.trimmed(form.getModerationReason().get(k));
            if (moderated != null && q.grade(moderated).isEmpty()) {
                errors.put("moderatedGrade-" + k, "Select the moderated grade for " + label + " from the scale");
            }
            if (moderated != null && reason == null) {
                errors.put("moderationReason-" + k, "Give the reason for the moderated grade of " + label);
            }
            if (moderated == null && reason != null) {
                errors.put("moderatedGrade-" + k, "Select the moderated grade for " + label + ", or remove the reason");
            }
            check(form.getModerationReason().get(k), "moderationReason-" + k,
                    "The reason for " + label + "'s moderated grade", errors);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, CycleAnswers.Answer> existing = cycleAnswers.answers(cycle.id());
        for (Question question : a.questions()) {
            String k = question.key();
            String label = a.title() + ", question " + (a.questions().indexOf(question) + 1);
            if (agencyMode) {
                cycleAnswers.saveAgencyAnswer(cycle.id(), k, user.agencyId(), user.agencyName(),
                        FormChecks.trimmed(form.getGrade().get(k)), FormChecks.trimmed(form.getNote().get(k)), label,
                        user.displayName());
                continue;
            }
            CycleAnswers.Answer old = existing.get(k);
            // Only the facilitator moderates: anyone else's save keeps the moderated grade as it was.
            CycleAnswers.Answer next = new CycleAnswers.Answer(k, FormChecks.trimmed(form.getGrade().get(k)),
                    FormChecks.trimmed(form.getRationale().get(k)), FormChecks.trimmed(form.getNote().get(k)),
                    facilitator ? FormChecks.trimmed(form.getModeratedGrade().get(k)) : old == null ? null : old.moderatedGrade(),
                    facilitator ? FormChecks.trimmed(form.getModerationReason().get(k)) : old == null ? null : old.moderationReason(),
                    null, null);
            if (old != null || next.grade() != null || next.note() != null || next.rationale() != null
                    || next.moderatedGrade() != null) {
                cycleAnswers.saveAnswer(cycle.id(), k, next, label, user.displayName());
            }
        }
        return errors;
    }

    private static void check(String value, String field, String what, Map<String, String> errors) {
        if (value != null && value.length() > CycleAnswers.NOTE_LENGTH) {
            errors.put(field, what + " must be " + CycleAnswers.NOTE_LENGTH + " characters or fewer");
        }
    }
}
