package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule that suggests a rating; the assessor's professional judgement decides (DOMAIN.md RA-02).
 * Each current factor scores its weight and each historical one scores 1; the version's thresholds
 * turn the score into low, medium or high. A current critical factor (S62: essential medication,
 * suicide or self-harm just before, a threat to harm another) suggests high whatever the score, and
 * so does the child's age: at or under the configured age when last seen (S61, S62; DOMAIN.md EP-14).
 */
final class RatingRule {

    static final List<String> RATINGS = List.of("LOW", "MEDIUM", "HIGH");

    /** The suggestion and why, in words the assessor can check against their own judgement. */
    public record Suggestion(int score, String rating, boolean agePrompt, List<String> reasons) {
    }

    private RatingRule() {
    }

    static Suggestion suggest(Instrument instrument, Map<String, Answer> answers, int age, int highRiskAge) {
        int score = 0;
        List<String> critical = new ArrayList<>();
        for (Instrument.Factor f : instrument.factors()) {
            Answer a = answers.get(f.code());
            if (a == Answer.CURRENT) {
                score += f.weight();
                if (f.critical()) {
                    critical.add(f.label());
                }
            } else if (a == Answer.HISTORICAL && f.weight() > 0) {
                score += 1;
            }
        }
        String byScore = score >= instrument.highFrom() ? "HIGH" : score >= instrument.mediumFrom() ? "MEDIUM" : "LOW";
        List<String> reasons = new ArrayList<>();
        reasons.add("Score " + score + ": medium from " + instrument.mediumFrom() + ", high from "
                + instrument.highFrom() + " (each current factor scores its weight, each historical factor 1)");
        critical.forEach(label -> reasons.add("Current critical factor: " + label));
        boolean agePrompt = age <= highRiskAge;
        if (agePrompt) {
            reasons.add("Aged " + age + " when last seen: children aged " + highRiskAge
                    + " or under are prompted as high risk");
        }
        String rating = agePrompt || !critical.isEmpty() ? "HIGH" : byScore;
        return new Suggestion(score, rating, agePrompt, reasons);
    }
}
