package org.homeward.child.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.child.ChildDeadlines;
import org.homeward.child.ChildFacts;
import org.homeward.child.ChildPlans;
import org.homeward.child.MissingStatus;
import org.homeward.child.SafetyConcerns;
import org.homeward.platform.web.Dates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The top of the child's record, read at a glance by someone in a hurry: missing now or not, the
 * current risk, how often they went missing this year, the plan, who works with them and what is
 * due next. Each line comes from the module that holds it.
 */
@Component
class RecordSummary {

    /** One line of the summary: its value in one or more lines, a tag to draw the eye, a link. */
    record Row(String label, List<String> lines, String tag, String tagClass, String href, String linkText) {

        static Row of(String label, String value) {
            return new Row(label, List.of(value), null, null, null, null);
        }

        Row linked(String href, String linkText) {
            return new Row(label, lines, tag, tagClass, href, linkText);
        }

        Row tagged(String tag, String tagClass) {
            return new Row(label, lines, tag, tagClass, href, linkText);
        }
    }

    private final ObjectProvider<MissingStatus> missing;
    private final ObjectProvider<SafetyConcerns> concerns;
    private final ObjectProvider<ChildPlans> plans;
    private final ObjectProvider<ChildFacts> facts;
    private final ObjectProvider<ChildDeadlines> deadlines;
    private final Dates dates;
    private final Clock clock;

    RecordSummary(ObjectProvider<MissingStatus> missing, ObjectProvider<SafetyConcerns> concerns,
                  ObjectProvider<ChildPlans> plans, ObjectProvider<ChildFacts> facts,
                  ObjectProvider<ChildDeadlines> deadlines, Dates dates, Clock clock) {
        this.missing = missing;
        this.concerns = concerns;
        this.plans = plans;
        this.facts = facts;
        this.deadlines = deadlines;
        this.dates = dates;
        this.clock = clock;
    }

    List<Row> rowsFor(UUID childId) {
        List<Row> rows = new ArrayList<>();
        String episodesHref = "/children/" + childId + "/episodes";
        rows.add(missing.orderedStream().flatMap(s -> s.missingNow(childId).stream()).findFirst()
                .map(e -> Row.of("Missing now", "Yes, last seen " + dates.dateTime(e.lastSeenAt()))
                        .tagged("Missing", "govuk-tag--red").linked(e.href(), "View episode"))
                .orElse(Row.of("Missing now", "No")));
        List<String> risks = concerns.orderedStream().flatMap(c -> c.safetyConcernsFor(childId).stream()).toList();
        rows.add(new Row("Current risk", risks.isEmpty() ? List.of("Not graded or screened") : risks,
                null, null, null, null));
        Instant yearAgo = clock.instant().minus(365, ChronoUnit.DAYS);
        long recent = missing.orderedStream().mapToLong(s -> s.episodesSince(childId, yearAgo)).sum();
        rows.add(Row.of("Episodes in the last 12 months", String.valueOf(recent)).linked(episodesHref, "View episodes"));
        Optional<ChildPlans.Plan> plan = plans.orderedStream().flatMap(p -> p.openPlanFor(childId).stream()).findFirst();
        rows.add(plan.map(p -> Row.of("Risk management plan", p.summary()).linked(p.href(), "View plan"))
                .orElse(Row.of("Risk management plan", "No open plan").linked("/children/" + childId + "/plan", "View plan")));
        facts.orderedStream().flatMap(f -> f.factsFor(childId).stream())
                .forEach(f -> rows.add(Row.of(f.label(), f.value()).linked(f.href(), f.linkText())));
        Optional<ChildDeadlines.Due> next = deadlines.orderedStream().flatMap(d -> d.nextDueFor(childId).stream())
                .min(java.util.Comparator.comparing(ChildDeadlines.Due::dueAt));
        rows.add(next.map(d -> {
            Row row = Row.of("Next due", d.what() + ", due " + dates.due(d.dueAt())).linked(d.href(), "Go to task");
            return d.overdue() ? row.tagged("Overdue", "govuk-tag--red") : row;
        }).orElse(Row.of("Next due", "Nothing open")));
        return rows;
    }
}
