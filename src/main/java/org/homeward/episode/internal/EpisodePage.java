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
import org.homeward.episode.AgencyNotices;
import org.homeward.episode.CouncilRiskScreening;
import org.homeward.episode.CouncilRiskScreenings;
import org.homeward.episode.PoliceReviews;
import org.homeward.episode.ReturnInterviewStatus;
import org.homeward.episode.ReturnInterviewStatuses;
import org.springframework.beans.factory.ObjectProvider;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
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
    private final EpisodePermissions permissions;
    private final Clock clock;
    private final Settings settings;
    private final ObjectProvider<ReturnInterviewStatuses> returnInterviews;
    private final ObjectProvider<PoliceReviews> policeReviews;
    private final ObjectProvider<CouncilRiskScreenings> councilScreenings;
    private final EpisodeClosure closing;
    private final EpisodeForceAreas forceAreas;
    private final PoliceMessages messages;
    private final ObjectProvider<AgencyNotices> agencyNotices;
    private final EpisodeLinks links;

    EpisodePage(EpisodeRecords records, Placements placements, PolicePacks policePacks, Directory directory,
                AccessPolicy policy, EpisodePermissions permissions, Clock clock, Settings settings,
                ObjectProvider<ReturnInterviewStatuses> returnInterviews, ObjectProvider<PoliceReviews> policeReviews,
                ObjectProvider<CouncilRiskScreenings> councilScreenings, EpisodeClosure closing,
                EpisodeForceAreas forceAreas, PoliceMessages messages, ObjectProvider<AgencyNotices> agencyNotices,
                EpisodeLinks links) {
        this.closing = closing;
        this.agencyNotices = agencyNotices;
        this.forceAreas = forceAreas;
        this.messages = messages;
        this.links = links;
        this.returnInterviews = returnInterviews;
        this.policeReviews = policeReviews;
        this.councilScreenings = councilScreenings;
        this.records = records;
        this.placements = placements;
        this.policePacks = policePacks;
        this.directory = directory;
        this.policy = policy;
        this.permissions = permissions;
        this.clock = clock;
        this.settings = settings;
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
        model.addAttribute("reportedLate", episode.reportedLate(settings.hours(Setting.LATE_REPORT)));
        model.addAttribute("current", gradings.isEmpty() ? null : gradings.get(0));
        model.addAttribute("gradings", gradings);
        model.addAttribute("sourcesByGrading", records.sources(episode.id()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EpisodeRecords.Source::gradingId)));
        model.addAttribute("changes", records.changes(episode.id()));
        model.addAttribute("checks", records.checks(episode.id()));
        model.addAttribute("sharesByCheck", records.shares(episode.id()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EpisodeRecords.Share::checkId)));
        model.addAttribute("placement", episode.placementId() == null ? null
                : placements.byId(episode.placementId()).orElse(null));
        model.addAttribute("policeForce", directory.agencyName(episode.policeForceId()).orElse(""));
        model.addAttribute("policePack", policePacks.issuedFor(episode.id()).orElse(null));
        ReturnInterviewStatuses statuses = returnInterviews.getIfAvailable();
        ReturnInterviewStatus interview = statuses == null ? null : statuses.forEpisode(episode.id()).orElse(null);
        model.addAttribute("returnInterview", interview);
        EpisodeRecords.PoliceClosure policeClosure = records.policeClosure(episode.id()).orElse(null);
        List<EpisodeRecords.Check> checks = records.checks(episode.id());
        model.addAttribute("progress", EpisodeProgress.of(episode, gradings, checks, interview, policeClosure));
        model.addAttribute("policeClosure", policeClosure);
        model.addAttribute("mayRecordPoliceClosure", episode.located() && policeClosure == null
                && permissions.mayGradeRisk(user));
        PoliceReviews reviews = policeReviews.getIfAvailable();
        model.addAttribute("nextPoliceReview", reviews == null || episode.located() ? null
                : reviews.nextDue(episode.id(), episode.childId()).orElse(null));
        councilScreening(model, episode, gradings.isEmpty() ? null : gradings.get(0).riskLevel(), user);
        model.addAttribute("mayExportPack", policy.mayExportPolicePack(user));
        model.addAttribute("mayEdit", episode.open() && policy.mayReportMissing(user));
        model.addAttribute("mayGrade", episode.open() && permissions.mayGradeRisk(user));
        model.addAttribute("mayLocate", !episode.located() && permissions.mayRecordReturn(user));
        model.addAttribute("mayCheck", episode.located() && permissions.mayRecordSafeAndWellCheck(user));
        model.addAttribute("mayShare",
                permissions.mayRecordSafeAndWellCheck(user) || permissions.mayCloseEpisode(user));
        model.addAttribute("mayClose", episode.open() && episode.located() && permissions.mayCloseEpisode(user));
        model.addAttribute("closeRequest", records.closeRequest(episode.id()).orElse(null));
        model.addAttribute("waitingOn", closing.waitingOn(episode));
        model.addAttribute("forceAreas", forceAreas.of(episode.id()));
        model.addAttribute("mayRecordForceAreas", permissions.mayRecordForceAreas(user));
        model.addAttribute("policeMessages", messages.forEpisode(episode.id()));
        AgencyNotices notices = agencyNotices.getIfAvailable();
        model.addAttribute("agencyNotices", notices == null ? List.of() : notices.forEpisode(episode.id()));
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
