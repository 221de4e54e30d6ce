package org.homeward.selfassessment.internal;

import java.util.List;
import java.util.Optional;

/**
 * One version of a self-assessment tool, as its file says: areas, their questions with guidance, the answer
 * scale, each area's scoring rule and threshold, and the part-two checklists. Nothing in the code names an area
 * or a question: loading another file changes the tool (AS-08).
 */
record Questionnaire(String key, String version, String title, boolean reconstruction, String source,
                     List<Grade> scale, Scoring scoring, List<Area> areas) {

    /**
     * A point of the answer scale. {@code score} counts in the area's result; a grade that {@code flags} (such as
     * "Don't know") marks its area for part two whatever the score.
     */
    record Grade(String code, String label, int score, boolean flags) {
    }

    /** How an area's answers make its result: the mean or the lowest score, flagged below {@code threshold}. */
    record Scoring(Rule rule, double threshold) {

        enum Rule { MEAN, MINIMUM }

        /** The area's result from its scores, or null when nothing is answered. */
        Double result(List<Integer> scores) {
            if (scores.isEmpty()) {
                return null;
            }
            return rule == Rule.MINIMUM ? scores.stream().mapToInt(i -> i).min().orElse(0)
                    : scores.stream().mapToInt(i -> i).average().orElse(0);
        }
    }

    /** {@code evidence} names the Homeward figures shown beside the question ({@code platform.figures}). */
    record Question(String key, String text, String guidance, List<String> evidence) {
    }

    record ChecklistItem(String key, String text, String guidance) {
    }

    /** {@code survey} is the statement practitioners grade for the area in the practitioner survey, if the file has one. */
    record Area(String key, String title, String description, String survey, Scoring scoring, List<Question> questions,
                List<ChecklistItem> checklist) {
    }

    Optional<Area> area(String key) {
        return areas.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    public String areaTitle(String key) {
        return area(key).map(Area::title).orElse(key);
    }

    Optional<Grade> grade(String code) {
        return code == null ? Optional.empty() : scale.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** A grade's label, or the code itself when the scale no longer has it. */
    public String label(String code) {
        return grade(code).map(Grade::label).orElse(code);
    }

    int questionCount() {
        return areas.stream().mapToInt(a -> a.questions().size()).sum();
    }
}
