package org.homeward.caseaudit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.homeward.episode.EpisodeFacts;
import org.homeward.episode.EpisodeHistory;
import org.homeward.meeting.MeetingTimeliness;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/**
 * What the record holds for each line of enquiry, gathered for the auditor to judge: the child's
 * chronology (every module's {@link ChronologySource}) in the audit's period, sorted by line, with a few
 * counts drawn from it. Each agency's auditor is given their agency's part of the record: what someone of
 * the agency recorded, where the record says so, else what the kind of record makes theirs; the lead's
 * consolidated view gathers every agency's. Homeward gathers; the auditor grades (it never suggests a grade).
 */
@Component
class Evidence {

    /** What one line gathers: counts and facts in words, and the records behind them. */
    public record LineEvidence(List<String> facts, List<ChronologyEntry> entries) {
    }

    /** Whose part of the record is gathered: one agency's (its id and kind), or every agency's ({@link #ALL}). */
    public record Scope(UUID agencyId, String agencyKind) {

        static final Scope ALL = new Scope(null, null);

        /** The part of the record of an agency of this kind (police, social care...) is in scope. */
        boolean sees(String kind) {
            return agencyKind == null || agencyKind.equals(kind);
        }

        boolean holds(ChronologyEntry e) {
            if (agencyKind == null) {
                return true;
            }
            if (e.agencyId() != null) {
                return e.agencyId().equals(agencyId);
            }
            return agencyKind.equals(OWNER.get(e.kind()));
        }
    }

    static final String POLICE = "POLICE_FORCE";
    static final String SOCIAL_CARE = "LOCAL_AUTHORITY";
    static final String RHI_PROVIDER = "RHI_PROVIDER";

    /**
     * Whose work each kind of record is when it does not name the agency: the police grade risk, check the
     * child safe and well and hold the trigger plan; social care assesses, meets, supervises and plans; the
     * interview provider holds return interviews. Health, education and care providers' parts are what
     * their own people recorded (the shares they made, their referrals).
     */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("Episode", POLICE), Map.entry("Trigger plan", POLICE), Map.entry("Protection", POLICE),
            Map.entry("Risk screening", SOCIAL_CARE), Map.entry("Exploitation screening", SOCIAL_CARE),
            Map.entry("Risk of going missing assessment", SOCIAL_CARE), Map.entry("Meeting", SOCIAL_CARE),
            Map.entry("Strategy discussion", SOCIAL_CARE), Map.entry("Supervision", SOCIAL_CARE),
            Map.entry("Management oversight", SOCIAL_CARE), Map.entry("Care plan", SOCIAL_CARE),
            Map.entry("Placement", SOCIAL_CARE), Map.entry("Risk-management plan", SOCIAL_CARE),
            Map.entry("Referral", SOCIAL_CARE), Map.entry("Cross-border notice", SOCIAL_CARE),
            Map.entry("Information share", SOCIAL_CARE), Map.entry("Return interview", RHI_PROVIDER));

    /** Steps of an episode the police's response to risk is judged by. */
    private static boolean policeResponse(ChronologyEntry e) {
        return e.kind().equals("Episode") && e.title() != null
                && (e.title().startsWith("Risk graded") || e.title().startsWith("Safe and well check"));
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
    private final List<MeetingTimeliness> timeliness;

    Evidence(List<ChronologySource> sources, List<EpisodeHistory> episodes, List<ChildFacts> facts, Children children,
             Vocabularies vocabularies, List<MeetingTimeliness> timeliness) {
        this.timeliness = timeliness;
        this.sources = sources;
        this.episodes = episodes;
        this.facts = facts;
        this.children = children;
        this.vocabularies = vocabularies;
    }

    /** Each line's evidence for one child from the start of the period to now, in the scope's part, keyed by line. */
    Map<UUID, LineEvidence> gather(UUID childId, List<CaseAudits.Line> lines, LocalDate from, Instant now, Scope scope) {
        Instant start = from.atStartOfDay(ClockConfiguration.LONDON).toInstant();
        List<ChronologyEntry> chronology = sources.stream().flatMap(s -> s.entriesFor(childId).stream())
                .filter(e -> e.at() != null && !e.at().isBefore(start) && !e.at().isAfter(now))
                .filter(scope::holds)
                .sorted(Comparator.comparing(ChronologyEntry::at)).toList();
        List<EpisodeFacts> inPeriod = episodes.stream().flatMap(h -> h.forChild(childId).stream())
                .filter(e -> !e.lastSeenAt().isBefore(start) && !e.lastSeenAt().isAfter(now)).toList();
        List<MeetingTimeliness.Step> steps = timeliness.stream().flatMap(t -> t.forChild(childId, now).stream())
                .filter(st -> !st.from().isBefore(start) && !st.from().isAfter(now)).toList();
        Map<UUID, LineEvidence> gathered = new HashMap<>();
        for (CaseAudits.Line line : lines) {
            if (line.evidence() == null) {
                continue;
            }
            Set<String> kinds = KINDS.getOrDefault(line.evidence(), Set.of());
            List<ChronologyEntry> entries = chronology.stream()
                    .filter(e -> kinds.contains(e.kind()) || line.evidence().equals("RISK") && policeResponse(e))
                    .filter(e -> !line.evidence().equals("VOICE") || e.title().contains("held")).toList();
            gathered.put(line.id(), new LineEvidence(facts(line.evidence(), childId, entries, inPeriod, steps, now, scope),
                    entries));
        }
        return gathered;
    }

    private List<String> facts(String kind, UUID childId, List<ChronologyEntry> entries, List<EpisodeFacts> inPeriod,
                               List<MeetingTimeliness.Step> steps, Instant now, Scope scope) {
        List<String> said = new ArrayList<>();
        switch (kind) {
            case "RISK", "EPISODES" -> {
                if (scope.sees(POLICE)) {
                    long graded = inPeriod.stream().filter(e -> e.riskLevel() != null).count();
                    said.add(inPeriod.size() + " " + plural(inPeriod.size(), "episode") + " in the period; the police graded the risk of "
                            + graded);
                }
                if (kind.equals("RISK") && scope.sees(POLICE)) {
                    long checks = entries.stream().filter(e -> e.title().startsWith("Safe and well check")).count();
                    said.add(checks + " safe and well " + plural(checks, "check") + " recorded");
                }
                if (kind.equals("RISK") && scope.sees(SOCIAL_CARE)) {
                    long screenings = entries.stream().filter(e -> e.kind().equals("Risk screening")).count();
                    said.add(screenings + " council risk " + plural(screenings, "screening") + " recorded");
                }
                if (said.isEmpty()) {
                    said.add(entries.size() + " " + plural(entries.size(), "record") + " of the agency in the period");
                }
            }
            case "RHI" -> {
                if (scope.sees(RHI_PROVIDER)) {
                    long offered = entries.stream().filter(e -> e.title().contains("offer opened")).count();
                    long within = entries.stream().filter(e -> "Held within 72 hours".equals(first(e.detail()))).count();
                    long held = entries.stream().filter(e -> e.title().equals("Return home interview held")).count();
                    long reflected = entries.stream().filter(e -> e.title().contains("reflected in plan")).count();
                    said.add(offered + " " + plural(offered, "interview") + " offered; " + held + " held, " + within
                            + " of them within 72 hours; findings reflected in the plan " + reflected + " "
                            + plural(reflected, "time"));
                } else {
                    said.add(entries.size() + " " + plural(entries.size(), "record") + " of the agency in the period");
                }
            }
            case "VOICE" -> {
                said.add(entries.size() + " return home " + plural(entries.size(), "interview") + " held, where the child's own words are recorded");
                if (scope.sees(RHI_PROVIDER)) {
                    facts.stream().flatMap(f -> f.factsFor(childId).stream())
                            .forEach(f -> said.add(f.label() + ": " + f.value()));
                }
            }
            case "DIVERSITY" -> children.diversity(childId).ifPresent(d -> said.addAll(diversity(d, now)));
            default -> said.add(entries.size() + " " + plural(entries.size(), "record") + " in the period");
        }
        if (kind.equals("STRATEGY") || kind.equals("THRESHOLDS")) {
            if (scope.sees(SOCIAL_CARE)) {
                said.addAll(onTime(steps, MeetingTimeliness.Kind.STRATEGY_DISCUSSION));
            }
        }
        if (kind.equals("COORDINATION")) {
            if (scope.sees(SOCIAL_CARE)) {
                said.addAll(onTime(steps, MeetingTimeliness.Kind.MEETING_REVIEW));
            }
            if (scope.sees(POLICE)) {
                said.addAll(onTime(steps, MeetingTimeliness.Kind.TRIGGER_PLAN));
            }
        }
        return said;
    }

    /** A count of the steps of one kind on time, then each step in words. */
    static List<String> onTime(List<MeetingTimeliness.Step> steps, MeetingTimeliness.Kind kind) {
        List<MeetingTimeliness.Step> ofKind = steps.stream().filter(s -> s.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return List.of();
        }
        long inTime = ofKind.stream().filter(s -> s.verdict() == MeetingTimeliness.Verdict.ON_TIME).count();
        List<String> said = new ArrayList<>();
        said.add(switch (kind) {
            case STRATEGY_DISCUSSION -> "Strategy discussions held by the due day: " + inTime + " of " + ofKind.size();
            case TRIGGER_PLAN -> "Trigger plans on file by the day due: " + inTime + " of " + ofKind.size();
            case MEETING_REVIEW -> "Missing management meetings reviewed by the review date set: " + inTime + " of " + ofKind.size();
        });
        for (MeetingTimeliness.Step s : ofKind) {
            String what = switch (kind) {
                case STRATEGY_DISCUSSION -> "Strategy discussion raised " + Dates.ofDay(day(s.from()));
                case TRIGGER_PLAN -> "Trigger plan decided " + Dates.ofDay(day(s.from()));
                case MEETING_REVIEW -> "Meeting of " + Dates.ofDay(day(s.from()));
            };
            String done = switch (kind) {
                case STRATEGY_DISCUSSION -> "held ";
                case TRIGGER_PLAN -> "on file ";
                case MEETING_REVIEW -> "next meeting ";
            };
            said.add(what + ", due by " + Dates.ofDay(s.dueOn()) + ": " + switch (s.verdict()) {
                case ON_TIME -> done + Dates.ofDay(day(s.doneAt())) + ", on time";
                case LATE -> done + Dates.ofDay(day(s.doneAt())) + ", late";
                case OVERDUE -> "not yet, overdue";
                case NOT_YET_DUE -> "not yet, not due";
            });
        }
        return said;
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ClockConfiguration.LONDON).toLocalDate();
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
