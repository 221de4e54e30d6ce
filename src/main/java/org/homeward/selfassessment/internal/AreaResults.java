package org.homeward.selfassessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.selfassessment.internal.Questionnaire.Area;
import org.homeward.selfassessment.internal.Questionnaire.Grade;

/** Part one's report: each area's result by its scoring rule, and whether it needs further self-assessment. */
final class AreaResults {

    static final String FLAGGED = "Needs further self-assessment";
    static final String CLEAR = "No further self-assessment needed";
    static final String UNANSWERED = "Not answered yet";

    record AreaResult(Area area, int number, int answered, Double result, int maximum, boolean flagged, String rating) {

        public String resultText() {
            return result == null ? "None" : String.format(java.util.Locale.UK, "%.1f of %d", result, maximum);
        }
    }

    private AreaResults() {
    }

    static List<AreaResult> of(Questionnaire q, Map<String, CycleAnswers.Answer> answers) {
        int maximum = q.scale().stream().mapToInt(Grade::score).max().orElse(0);
        List<AreaResult> results = new ArrayList<>();
        int number = 0;
        for (Area area : q.areas()) {
            number++;
            List<Integer> scores = new ArrayList<>();
            boolean flaggedByGrade = false;
            for (Questionnaire.Question question : area.questions()) {
                CycleAnswers.Answer answer = answers.get(question.key());
                Optional<Grade> grade = q.grade(answer == null ? null : answer.counted());
                if (grade.isPresent()) {
                    scores.add(grade.get().score());
                    flaggedByGrade |= grade.get().flags();
                }
            }
            Double result = area.scoring().result(scores);
            boolean flagged = flaggedByGrade || result != null && result < area.scoring().threshold();
            String rating = result == null ? UNANSWERED : flagged ? FLAGGED : CLEAR;
            results.add(new AreaResult(area, number, scores.size(), result, maximum, flagged, rating));
        }
        return results;
    }
}
