package org.homeward.child.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.child.AssociateSummary;
import org.homeward.child.Associates;
import org.homeward.child.MissingStatus;
import org.homeward.child.PlacementSummary;
import org.homeward.child.Placements;
import org.homeward.child.ReferredChildPanel;
import org.homeward.child.SafetyConcerns;
import org.homeward.child.internal.ChildView.Row;
import org.homeward.child.internal.philomena.PhilomenaProfile;
import org.homeward.child.internal.philomena.PhilomenaService;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A child's record as a return home interview provider sees it: only children referred to them,
 * and only what the interview needs: who the child is, whom to contact, what happened in each
 * episode and what to be careful of (DOMAIN.md RHI-08). No identifiers, special-category fields,
 * photograph, network or chronology.
 */
@Component
class ReferredChildPage {

    private final ChildService service;
    private final ChildView view;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Placements placements;
    private final PhilomenaService philomena;
    private final ObjectProvider<MissingStatus> missing;
    private final ObjectProvider<ReferredChildPanel> panels;
    private final List<SafetyConcerns> concerns;
    private final Associates associates;
    private final Dates dates;
    private final Clock clock;
    private final String outOfHoursContact;

    ReferredChildPage(ChildService service, ChildView view, AccessPolicy policy, Directory directory,
                      Placements placements, PhilomenaService philomena, ObjectProvider<MissingStatus> missing,
                      ObjectProvider<ReferredChildPanel> panels,
                      List<SafetyConcerns> concerns, Associates associates, Dates dates, Clock clock,
                      @Value("${homeward.out-of-hours-contact:Emergency Duty Team 01454 615165}") String outOfHoursContact) {
        this.service = service;
        this.view = view;
        this.policy = policy;
        this.directory = directory;
        this.placements = placements;
        this.philomena = philomena;
        this.missing = missing;
        this.panels = panels;
        this.concerns = concerns;
        this.associates = associates;
        this.dates = dates;
        this.clock = clock;
        this.outOfHoursContact = outOfHoursContact;
    }

    String show(CurrentUser user, UUID id, Model model) {
        if (!policy.mayViewChild(user, id)) {
            // The same answer whether or not the child exists, so that ids cannot be tried to learn who is recorded.
            service.refused(id);
            throw new AccessDeniedException("This child has not been referred to your agency");
        }
        Child child = service.open(id);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        model.addAttribute("child", child);
        model.addAttribute("name", child.fullName());
        model.addAttribute("about", List.of(
                new Row("Date of birth", dates.date(child.dateOfBirth())),
                new Row("Age", String.valueOf(view.age(child, today)))));
        model.addAttribute("contacts", contacts(child, today));
        model.addAttribute("alerts", alerts(child));
        model.addAttribute("panels", panels.orderedStream().map(p -> p.panelFor(id)).toList());
        model.addAttribute("mayRecordShare", policy.mayRecordShare(user, id));
        return "child/referred";
    }

    private List<Row> contacts(Child c, LocalDate today) {
        List<Row> rows = new ArrayList<>(List.of(
                new Row("Responsible local authority", directory.agencyName(c.responsibleAuthorityId()).orElse("")),
                new Row("Allocated social worker", directory.userName(c.allocatedWorkerId()).orElse("")),
                new Row("Allocated team", directory.teamName(c.allocatedTeamId()).orElse(""))));
        PlacementSummary placement = placements.on(c.id(), today).orElse(null);
        if (placement == null) {
            rows.add(new Row("Current placement", "None recorded"));
        } else {
            rows.add(new Row("Current placement", placement.type() + ": " + placement.providerName()));
            rows.add(new Row("Placement address", placement.addressToShare()));
        }
        rows.add(new Row("Out of hours", outOfHoursContact));
        return rows;
    }

    /**
     * What the interviewer must know before meeting the child, for their own safety and the child's: whether
     * they are missing again, every current risk level, exploitation, persons of concern (by their role; a
     * person whose address is withheld is not named) and vulnerabilities.
     */
    private List<String> alerts(Child c) {
        List<String> alerts = new ArrayList<>();
        missing.orderedStream().flatMap(s -> s.missingNow(c.id()).stream()).forEach(e ->
                alerts.add("Missing now: last seen " + dates.dateTime(e.lastSeenAt())));
        concerns.forEach(source -> alerts.addAll(source.safetyConcernsFor(c.id())));
        associates.forChild(c.id()).stream().filter(AssociateSummary::personOfConcern).forEach(a ->
                alerts.add("Person of concern: " + (a.relationship() == null || a.relationship().isBlank()
                        ? "relationship not recorded" : a.relationship())
                        + (a.address() != null && a.address().startsWith(WITHHELD) ? "" : " (" + a.name() + ")")
                        + (a.concernReason() == null || a.concernReason().isBlank() ? "" : ": " + a.concernReason())));
        philomena.forChild(c.id()).map(PhilomenaProfile::vulnerabilities).filter(v -> !v.isBlank())
                .ifPresent(v -> alerts.add("Vulnerabilities: " + v));
        return alerts;
    }

    private static final String WITHHELD = "Withheld";
}
