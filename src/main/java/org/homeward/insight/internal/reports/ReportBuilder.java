package org.homeward.insight.internal.reports;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.insight.internal.InsightTables;
import org.homeward.insight.internal.Labels;
import org.homeward.insight.internal.PartnershipFigures;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.Durations;
import org.springframework.stereotype.Component;

/** Turns a period's figures into a report's tables, every count suppressed as the pages suppress it. */
@Component
class ReportBuilder {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Suppression suppression;
    private final Dates dates;

    ReportBuilder(Suppression suppression, Dates dates) {
        this.suppression = suppression;
        this.dates = dates;
    }

    ReportContent build(ReportKind kind, String scopeName, PartnershipFigures.Figures f, int repeatEpisodes,
                        int repeatMonths) {
        List<ReportContent.Table> tables = new ArrayList<>();
        PartnershipFigures.Headline h = f.headline();
        List<List<String>> headline = new ArrayList<>();
        headline.add(List.of("Episodes (missing and away)", suppression.count(h.episodes())));
        headline.add(List.of("Missing episodes", suppression.count(h.missingEpisodes())));
        headline.add(List.of("Away from placement without authorisation", suppression.count(h.awayEpisodes())));
        headline.add(List.of("Individual children", suppression.count(h.children())));
        headline.add(List.of("Repeat children (" + repeatEpisodes + " or more episodes in " + repeatMonths + " months)",
                suppression.count(h.repeatChildren())));
        headline.add(List.of("Episodes of repeat children", suppression.count(h.repeatChildrenEpisodes())));
        headline.add(List.of("Looked-after children who went missing or away", suppression.count(h.lookedAfterChildren())));
        headline.add(List.of("Share of the children in placements during the period",
                blankAsNone(suppression.percent(h.lookedAfterChildren(), h.lookedAfterPlaced()))));
        headline.add(List.of("Episodes per looked-after child who went missing", h.lookedAfterChildren() == 0 ? "none"
                : suppression.from(h.lookedAfterChildren(),
                        String.format(Locale.UK, "%.1f", 1.0 * h.lookedAfterEpisodes() / h.lookedAfterChildren()))));
        headline.add(List.of("Still missing at the end of the period", suppression.count(h.stillMissingAtEnd())));
        headline.add(List.of("Median time missing (episodes that ended)", h.medianMinutes() == null ? "none ended"
                : suppression.from(h.episodes(), Durations.of(Duration.ofMinutes(h.medianMinutes())))));
        headline.add(List.of("Episodes of 24 hours or more", suppression.count(h.over24Hours())));
        headline.add(List.of("Episodes where harm while missing was recorded", suppression.count(h.harmFound())));
        headline.add(List.of("Episodes where the return interview identified exploitation",
                suppression.count(h.exploitation())));
        headline.add(List.of("Episodes followed by an exploitation screening within 28 days",
                suppression.count(h.screened())));
        tables.add(new ReportContent.Table("The period's numbers", List.of("Measure", "Number"), headline, null));

        PartnershipFigures.Completeness c = f.completeness();
        tables.add(new ReportContent.Table("How complete the records are", List.of("Missing from the record", "Share"),
                List.of(List.of("Episodes with no police risk level", blankAsNone(suppression.percent(c.noRiskLevel(), c.episodes()))),
                        List.of("Interviews offered with no outcome recorded",
                                blankAsNone(suppression.percent(c.noInterviewOutcome(), c.offered()))),
                        List.of("Episodes from care naming no placement",
                                blankAsNone(suppression.percent(c.noPlacement(), c.fromCare()))),
                        List.of("Episodes of children with no ethnicity recorded",
                                blankAsNone(suppression.percent(c.noEthnicity(), c.episodes())))),
                "The national figures are known to be unreliable: these say how far these ones can be relied on."));

        List<List<String>> trend = new ArrayList<>();
        for (int i = 0; i < f.months().size(); i++) {
            trend.add(List.of(f.months().get(i).month().format(MONTH), suppression.count(f.months().get(i).episodes()),
                    suppression.count(f.lastYear().get(i).episodes())));
        }
        tables.add(new ReportContent.Table("Episodes by month", List.of("Month", "Episodes", "A year earlier"), trend,
                null));
        f.breakdowns().forEach((d, cells) -> tables.add(new ReportContent.Table(d.title(),
                List.of(d.title(), "Episodes", "Children"),
                cells.stream().map(cell -> List.of(Labels.of(d.name(), cell.value()), suppression.count(cell.episodes()),
                        suppression.count(cell.children()))).toList(), null)));
        InsightTables.riskBy(f, suppression).forEach(t -> tables.add(new ReportContent.Table(t.title(), t.headings(),
                t.rows(), null)));
        String subtitle = scopeName + ", " + dates.date(f.from()) + " to " + dates.date(f.to())
                + (kind.lookedAfterOnly() ? ": looked-after children only" : "")
                + ". Counts from 1 to " + (suppression.threshold() - 1) + " are shown as \"fewer than "
                + suppression.threshold() + "\". No child is named.";
        return new ReportContent(kind.title(), subtitle, tables);
    }

    private static String blankAsNone(String shown) {
        return shown.isEmpty() ? "none" : shown;
    }
}
