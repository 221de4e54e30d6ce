package org.homeward.risk.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A screening as the pages show it, in the words of the version it was made with: a later version
 * relabelling or dropping a factor leaves this screening reading as it was.
 */
public record ScreeningView(Screening screening, Instrument instrument, String rating, String suggested,
                     List<Section> sections) {

    public record Section(String name, List<Line> lines) {
    }

    /** One factor's answer; {@code concern} marks current and historical ones. */
    public record Line(String code, String label, String answerCode, String answer, String evidence, boolean concern) {
    }

    static ScreeningView of(Screening s, Instrument instrument, List<ScreeningRecords.AnswerRow> rows,
                            String rating, String suggested) {
        Map<String, String> answers = rows.stream().collect(Collectors.toMap(ScreeningRecords.AnswerRow::factorCode,
                ScreeningRecords.AnswerRow::answer));
        Map<String, String> evidence = new HashMap<>();
        rows.stream().filter(r -> r.evidence() != null).forEach(r -> evidence.put(r.factorCode(), r.evidence()));
        return new ScreeningView(s, instrument, rating, suggested, sections(instrument, answers, evidence));
    }

    static List<Section> sections(Instrument instrument, Map<String, String> answers, Map<String, String> evidence) {
        List<Section> sections = new ArrayList<>();
        instrument.sections().forEach((name, factors) -> sections.add(new Section(name, factors.stream()
                .map(f -> line(f, answers.get(f.code()), evidence.get(f.code()))).toList())));
        return sections;
    }

    private static Line line(Instrument.Factor f, String answer, String evidence) {
        boolean concern = Answer.of(answer).map(Answer::needsEvidence).orElse(false);
        return new Line(f.code(), f.label(), answer, answer == null ? "Not answered" : Answer.label(answer), evidence,
                concern);
    }

    /** Each factor's line by code, for showing the last screening's answer beside a new question. */
    Map<String, Line> byCode() {
        return sections.stream().flatMap(s -> s.lines().stream())
                .collect(Collectors.toMap(Line::code, l -> l));
    }
}
