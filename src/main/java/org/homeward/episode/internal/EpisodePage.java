package org.homeward.episode.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.ChildSummary;
import org.homeward.child.Placements;
import org.homeward.child.PolicePacks;
import org.homeward.episode.CouncilRiskScreening;
import org.homeward.episode.CouncilRiskScreenings;
import org.homeward.episode.PoliceReviews;
import org.homeward.episode.ReturnInterviewStatuses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the episode page shows, and which actions the person in front of it may take. */
@Component
class EpisodePage {

    private final EpisodeRecords records;
    private final Placements placements;
    private final PolicePacks policePacks;
    private final Directory directory;
    private final AccessPolicy policy;
    private final Clock clock;
    private final Duration lateReport;
    private final ObjectProvider<ReturnInterviewStatuses> returnInterviews;
    private final ObjectProvider<PoliceReviews> policeReviews;
    private final ObjectProvider<CouncilRiskScreenings> councilScreenings;
    private final EpisodeLinks links;

    EpisodePage(EpisodeRecords records, Placements placements, PolicePacks policePacks, Directory directory,
                AccessPolicy policy, Clock clock, @Value("${homeward.episodes.late-report:PT24H}") Duration lateReport,
                ObjectProvider<ReturnInterviewStatuses> returnInterviews, ObjectProvider<PoliceReviews> policeReviews,
                ObjectProvider<CouncilRiskScreenings> councilScreenings, EpisodeLinks links) {
        this.links = links;
        this.returnInterviews = returnInterviews;
        this.policeReviews = policeReviews;
        this.councilScreenings = councilScreenings;
        this.records = records;
        this.placements = placements;
        this.policePacks = policePacks;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
        this.lateReport = lateReport;
    }

    void fill(Model model, Episode episode, ChildSummary child, CurrentUser user) {
        Instant now = clock.instant();
        List<EpisodeRecords.Grading> gradings = records.gradings(episode.id());
        model.addAttribute("episode", episode);
        model.addAttribute("child", child);
        model.addAttribute("now", now);
        model.addAttribute("duration", EpisodeView.duration(episode.duration(now)));
        model.addAttribute("long", episode.longEpisode(now));
        model.addAttribute("reportingDelay", EpisodeView.duration(episode.reportingDelay()));
        model.addAttribute("reportedLate", episode.reportedLate(lateReport));
        model.addAttribute("current", gradings.isEmpty() ? null : gradings.get(0));
        model.addAttribute("gradings", gradings);
        model.addAttribute("changes", records.changes(episode.id()));
        model.addAttribute("checks", records.checks(episode.id()));
        model.addAttribute("sharesByCheck", records.shares(episode.id()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EpisodeRecords.Share::checkId)));
        model.addAttribute("placement", episode.placementId() == null ? null
                : placements.byId(episode.placementId()).orElse(null));
        model.addAttribute("policeForce", directory.agencyName(episode.policeForceId()).orElse(""));
        model.addAttribute("policePack", policePacks.issuedFor(episode.id()).orElse(null));
        ReturnInterviewStatuses statuses = returnInterviews.getIfAvailable();
        model.addAttribute("returnInterview", statuses == null ? null : statuses.forEpisode(episode.id()).orElse(null));
        PoliceReviews reviews = policeReviews.getIfAvailable();
        model.addAttribute("nextPoliceReview", reviews == null || episode.located() ? null
                : reviews.nextDue(episode.id(), episode.childId()).orElse(null));
        councilScreening(model, episode, gradings.isEmpty() ? null : gradings.get(0).riskLevel(), user);
        model.addAttribute("mayExportPack", policy.mayExportPolicePack(user));
        model.addAttribute("mayEdit", episode.open() && policy.mayReportMissing(user));
        model.addAttribute("mayGrade", episode.open() && policy.mayGradeRisk(user));
        model.addAttribute("mayLocate", !episode.located() && policy.mayRecordReturn(user));
        model.addAttribute("mayCheck", episode.located() && policy.mayRecordSafeAndWellCheck(user));
        model.addAttribute("mayShare", policy.mayRecordSafeAndWellCheck(user) || policy.mayCloseEpisode(user));
        model.addAttribute("mayClose", episode.open() && episode.located() && policy.mayCloseEpisode(user));
        model.addAttribute("closeRequest", records.closeRequest(episode.id()).orElse(null));
    }

    /** The council's latest screening beside the police grading: where they differ, and whether to escalate. */
    private void councilScreening(Model model, Episode episode, String policeRisk, CurrentUser user) {
        CouncilRiskScreenings screenings = councilScreenings.getIfAvailable();
        CouncilRiskScreening council = screenings == null ? null : screenings.latestFor(episode.id()).orElse(null);
        model.addAttribute("councilScreenings", screenings != null);
        model.addAttribute("councilScreening", council);
        model.addAttribute("ratingsDiffer", council != null && council.differsFrom(policeRisk));
        model.addAttribute("escalate", episode.open() && CouncilRiskScreening.escalates(policeRisk, council));
        model.addAttribute("mayScreenRisk", policy.mayScreenRisk(user));
        model.addAttribute("mayViewScreening", policy.mayViewChildren(user));
        model.addAttribute("linkedProcesses", links.forEpisode(episode.id()));
        model.addAttribute("mayLink", policy.mayEditChildren(user));
    }
}
