package org.homeward.caseaudit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.child.ChildDiversity;
import org.homeward.child.ChildFacts;
import org.homeward.child.Children;
import org.homeward.child.ChronologyEntry;
import org.homeward.child.ChronologySource;
import org.homeward.child.EpisodeFacts;
import org.homeward.child.EpisodeHistory;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * What the record holds for each line of enquiry, gathered for the auditor to judge: the child's
 * chronology (every module's {@link ChronologySource}) in the audit's period, sorted by line, with a few
 * counts drawn from it. Homeward gathers; the auditor grades (it never suggests a grade).
 */
@Component
class Evidence {

    /** What one line gathers: counts and facts in words, and the records behind them. */
    public record LineEvidence(List<String> facts, List<ChronologyEntry> entries) {
    }

    /** The chronology kinds each kind of line reads. */
    private static final Map<String, Set<String>> KINDS = Map.of(
            "RISK", Set.of("Risk screening", "Exploitation screening", "Risk of going missing assessment",
                    "Strategy discussion", "Protection"),
            "THRESHOLDS", Set.of("Referral", "Strategy discussion", "Meeting", "Protection"),
            "STRATEGY", Set.of("Strategy discussion"),
            "CASEWORK", Set.of("Return interview", "Management oversight", "Care plan", "Placement"),
            "COORDINATION", Set.of("Information share", "Cross-border notice", "Meeting", "Trigger plan"),
            "VOICE", Set.of("Return interview"),
            "SUPERVISION", Set.of("Supervision", "Management oversight"),
            "INTERVENTIONS", Set.of("Risk-management plan", "Referral"),
            "EPISODES", Set.of("Episode"),
            "RHI", Set.of("Return interview"));

    /** Labels of the kinds of evidence, for the template editor. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("RISK", "Risk assessments and the response to risk"),
            Map.entry("THRESHOLDS", "Referrals, strategy discussions and meetings"),
            Map.entry("STRATEGY", "Strategy discussions"),
            Map.entry("CASEWORK", "Return interviews, sign-offs, care plan and placements"),
            Map.entry("COORDINATION", "Information shared, notices, meetings and trigger plans"),
            Map.entry("VOICE", "The child's own words"),
            Map.entry("SUPERVISION", "Supervision and management oversight"),
            Map.entry("INTERVENTIONS", "Interventions and their impact reviews"),
            Map.entry("DIVERSITY", "Diversity recorded on the child's record"),
            Map.entry("EPISODES", "Missing episodes"),
            Map.entry("RHI", "Return home interviews within 72 hours"));

    private final List<ChronologySource> sources;
    private final List<EpisodeHistory> episodes;
    private final List<ChildFacts> facts;
    private final Children children;
    private final Vocabularies vocabularies;

    Evidence(List<ChronologySource> sources, List<EpisodeHistory> episodes, List<ChildFacts> facts, Children children,
             Vocabularies vocabularies) {
        this.sources = sources;
        this.episodes = episodes;
        this.facts = facts;
        this.children = children;
        this.vocabularies = vocabularies;
    }

    /** Each line's evidence for one child from the start of the period to now, keyed by line. */
    Map<UUID, LineEvidence> gather(UUID childId, List<CaseAudits.Line> lines, LocalDate from, Instant now) {
        Instant start = from.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        List<ChronologyEntry> chronology = sources.stream().flatMap(s -> s.entriesFor(childId).stream())
                .filter(e -> e.at() != null && !e.at().isBefore(start) && !e.at().isAfter(now))
                .sorted(Comparator.comparing(ChronologyEntry::at)).toList();
        List<EpisodeFacts> inPeriod = episodes.stream().flatMap(h -> h.forChild(childId).stream())
                .filter(e -> !e.lastSeenAt().isBefore(start) && !e.lastSeenAt().isAfter(now)).toList();
        Map<UUID, LineEvidence> gathered = new java.util.HashMap<>();
        for (CaseAudits.Line line : lines) {
            if (line.evidence() == null) {
                continue;
            }
            Set<String> kinds = KINDS.getOrDefault(line.evidence(), Set.of());
            List<ChronologyEntry> entries = chronology.stream().filter(e -> kinds.contains(e.kind()))
                    .filter(e -> !line.evidence().equals("VOICE") || e.title().contains("held")).toList();
            gathered.put(line.id(), new LineEvidence(facts(line.evidence(), childId, entries, inPeriod, now), entries));
        }
        return gathered;
    }

    private List<String> facts(String kind, UUID childId, List<ChronologyEntry> entries, List<EpisodeFacts> inPeriod,
                               Instant now) {
        List<String> said = new ArrayList<>();
        switch (kind) {
            case "RISK", "EPISODES" -> {
                long graded = inPeriod.stream().filter(e -> e.riskLevel() != null).count();
                said.add(inPeriod.size() + " " + plural(inPeriod.size(), "episode") + " in the period; the police graded the risk of "
                        + graded);
                if (kind.equals("RISK")) {
                    long screenings = entries.stream().filter(e -> e.kind().equals("Risk screening")).count();
                    said.add(screenings + " council risk " + plural(screenings, "screening") + " recorded");
                }
            }
            case "RHI" -> {
                long offered = entries.stream().filter(e -> e.title().contains("offer opened")).count();
                long within = entries.stream().filter(e -> "Held within 72 hours".equals(first(e.detail()))).count();
                long held = entries.stream().filter(e -> e.title().equals("Return home interview held")).count();
                long reflected = entries.stream().filter(e -> e.title().contains("reflected in plan")).count();
                said.add(offered + " " + plural(offered, "interview") + " offered; " + held + " held, " + within
                        + " of them within 72 hours; findings reflected in the plan " + reflected + " "
                        + plural(reflected, "time"));
            }
            case "VOICE" -> {
                said.add(entries.size() + " return home " + plural(entries.size(), "interview") + " held, where the child's own words are recorded");
                facts.stream().flatMap(f -> f.factsFor(childId).stream())
                        .forEach(f -> said.add(f.label() + ": " + f.value()));
            }
            case "DIVERSITY" -> children.diversity(childId).ifPresent(d -> said.addAll(diversity(d, now)));
            default -> said.add(entries.size() + " " + plural(entries.size(), "record") + " in the period");
        }
        return said;
    }

    private List<String> diversity(ChildDiversity d, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.LONDON);
        List<String> said = new ArrayList<>();
        said.add("Age: " + Period.between(d.dateOfBirth(), today).getYears());
        said.add("Sex: " + ("F".equals(d.sex()) ? "Female" : "M".equals(d.sex()) ? "Male" : "Other or not known"));
        said.add("Ethnicity: " + (d.ethnicity() == null ? "Not recorded"
                : vocabularies.label("ethnicity", d.ethnicity()).orElse(d.ethnicity())));
        said.add("Gender identity: " + recorded(d.genderIdentity()));
        said.add("First language: " + recorded(d.firstLanguage())
                + (Boolean.TRUE.equals(d.interpreterNeeded()) ? " (interpreter needed)" : ""));
        said.add("Disability: " + recorded(d.disability()));
        said.add("Faith or belief: " + recorded(d.religion()));
        said.add("Sexual orientation: " + recorded(d.sexualOrientation()));
        return said;
    }

    private static String recorded(String value) {
        return value == null || value.isBlank() ? "Not recorded" : value;
    }

    private static String first(String detail) {
        return detail == null ? null : detail.split(";")[0].strip();
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    static String label(String kind) {
        return kind == null ? "Nothing gathered" : LABELS.getOrDefault(kind, kind.toLowerCase(Locale.UK));
    }
}
