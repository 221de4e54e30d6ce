package org.homeward.selfassessment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.platform.Csv;
import org.homeward.platform.web.Dates;

/**
 * The report of a cycle by area: each area's rating, whether it needs part two and how it compares with the last
 * cycle, and each question's self-score, moderated score, notes and evidence. Shown as a page, a PDF, a CSV and
 * the text emailed to participants.
 */
record Report(Cycles.Cycle cycle, Questionnaire questionnaire, List<AreaRow> areas, List<ActionPlan.Action> actions) {

    record QuestionRow(int number, Questionnaire.Question question, String selfScore, String moderatedScore,
                       String moderationReason, String rationale, String note, List<CycleEvidence.Evidence> evidence) {
    }

    /**
     * The practitioners' answers for one area beside the partnership's: their mean on the same scale, how many gave
     * each grade, and whether they see the area on the other side of its threshold from the partnership.
     */
    record Survey(int respondents, Double mean, int maximum, String answers, boolean differs) {

        /** "1.8 of 3 from 5 practitioners". */
        public String text() {
            return (mean == null ? "No score" : String.format(Locale.UK, "%.1f of %d", mean, maximum)) + " from "
                    + respondents + (respondents == 1 ? " practitioner" : " practitioners");
        }

        public String differenceText() {
            return differs ? "Practitioners see it differently" : null;
        }
    }

    record AreaRow(AreaResults.AreaResult result, String lastRating, String lastResult, List<QuestionRow> questions,
                   Survey survey) {

        public boolean flagged() {
            return result.flagged();
        }
    }

    static Report of(Cycles.Cycle cycle, Questionnaire q, Map<String, CycleAnswers.Answer> answers,
                     List<CycleEvidence.Evidence> evidence, List<ActionPlan.Action> actions, Map<String, CycleAnswers.Answer> lastAnswers,
                     List<Surveys.SurveyCount> survey) {
        List<AreaResults.AreaResult> last = lastAnswers == null ? null : AreaResults.of(q, lastAnswers);
        Map<String, List<CycleEvidence.Evidence>> byQuestion = evidence.stream()
                .collect(Collectors.groupingBy(CycleEvidence.Evidence::questionKey));
        List<AreaRow> rows = new ArrayList<>();
        List<AreaResults.AreaResult> results = AreaResults.of(q, answers);
        for (int i = 0; i < results.size(); i++) {
            AreaResults.AreaResult r = results.get(i);
            List<QuestionRow> questions = new ArrayList<>();
            int n = 0;
            for (Questionnaire.Question question : r.area().questions()) {
                CycleAnswers.Answer a = answers.get(question.key());
                questions.add(new QuestionRow(++n, question, a == null || a.grade() == null ? null : q.label(a.grade()),
                        a == null || a.moderatedGrade() == null ? null : q.label(a.moderatedGrade()),
                        a == null ? null : a.moderationReason(), a == null ? null : a.rationale(),
                        a == null ? null : a.note(), byQuestion.getOrDefault(question.key(), List.of())));
            }
            rows.add(new AreaRow(r, last == null ? null : last.get(i).rating(), last == null ? null : last.get(i).resultText(),
                    questions, survey(q, r, survey)));
        }
        return new Report(cycle, q, rows, actions);
    }

    /** The area's practitioner survey answers beside its result; null when no practitioner answered it. */
    private static Survey survey(Questionnaire q, AreaResults.AreaResult r, List<Surveys.SurveyCount> counts) {
        int respondents = 0;
        int scored = 0;
        long total = 0;
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        for (Surveys.SurveyCount c : counts) {
            if (!c.areaKey().equals(r.area().key())) {
                continue;
            }
            respondents += c.count();
            byGrade.merge(c.grade(), c.count(), Integer::sum);
            Questionnaire.Grade grade = q.grade(c.grade()).orElse(null);
            if (grade != null && !grade.flags()) {
                scored += c.count();
                total += (long) grade.score() * c.count();
            }
        }
        if (respondents == 0) {
            return null;
        }
        List<String> answers = new ArrayList<>();
        for (Questionnaire.Grade g : q.scale()) {
            Integer n = byGrade.get(g.code());
            if (n != null) {
                answers.add(g.label() + ": " + n);
            }
        }
        Double mean = scored == 0 ? null : (double) total / scored;
        double threshold = r.area().scoring().threshold();
        boolean differs = mean != null && r.result() != null && (mean < threshold) != (r.result() < threshold);
        return new Survey(respondents, mean, r.maximum(), String.join(", ", answers), differs);
    }

    public List<AreaRow> flagged() {
        return areas.stream().filter(AreaRow::flagged).toList();
    }

    String csv() {
        Csv csv = new Csv().row("Area", "Area rating", "Area result", "Last cycle's rating", "Practitioner survey",
                "Practitioners' answers", "Practitioners see it differently", "Question", "Self-score",
                "Moderated score", "Moderator's reason", "Rationale", "Notes", "Evidence");
        for (AreaRow area : areas) {
            for (QuestionRow q : area.questions()) {
                csv.row(Arrays.asList(area.result().number() + ". " + area.result().area().title(), area.result().rating(),
                        area.result().resultText(), area.lastRating(), area.survey() == null ? null : area.survey().text(),
                        area.survey() == null ? null : area.survey().answers(),
                        area.survey() == null ? null : area.survey().differs() ? "Yes" : "No",
                        q.number() + ". " + q.question().text(),
                        q.selfScore(), q.moderatedScore(), q.moderationReason(), q.rationale(), q.note(),
                        q.evidence().stream().map(CycleEvidence.Evidence::text).collect(Collectors.joining("; "))));
            }
        }
        return csv.toString();
    }

    /** The answers as plain text for email: no child is named in a self-assessment. */
    String text(String link) {
        StringBuilder out = new StringBuilder();
        out.append(cycle.name()).append('\n').append(questionnaire.title()).append(", version ")
                .append(questionnaire.version()).append('\n');
        if (questionnaire.reconstruction()) {
            out.append("This questionnaire is a reconstruction, not The Children's Society's or NWG's own tool.\n");
        }
        out.append('\n');
        for (AreaRow area : areas) {
            out.append(area.result().number()).append(". ").append(area.result().area().title()).append(": ")
                    .append(area.result().rating()).append(" (").append(area.result().resultText()).append(")\n");
            if (area.survey() != null) {
                out.append("  Practitioner survey: ").append(area.survey().text()).append(" (")
                        .append(area.survey().answers()).append(')')
                        .append(area.survey().differs() ? ". Practitioners see it differently" : "").append('\n');
            }
            for (QuestionRow q : area.questions()) {
                out.append("  ").append(q.number()).append(". ").append(q.question().text()).append("\n     Self-score: ")
                        .append(q.selfScore() == null ? "not answered" : q.selfScore());
                if (q.moderatedScore() != null) {
                    out.append("; moderated: ").append(q.moderatedScore()).append(" (").append(q.moderationReason()).append(')');
                }
                out.append('\n');
                if (q.note() != null) {
                    out.append("     Notes: ").append(q.note().replace("\n", " ")).append('\n');
                }
            }
        }
        if (!actions.isEmpty()) {
            out.append("\nActions\n");
            for (ActionPlan.Action a : actions) {
                out.append("  - ").append(a.text()).append(" (").append(a.owner()).append(", due ")
                        .append(Dates.ofDay(a.dueOn())).append(", ").append(a.statusLabel()).append(")\n");
            }
        }
        out.append("\nThe report in Homeward: ").append(link).append('\n');
        return out.toString();
    }
}
