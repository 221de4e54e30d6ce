package org.homeward.child.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.Associates;
import org.homeward.child.CurrentRisksAndPlans;
import org.homeward.child.Locations;
import org.homeward.child.internal.philomena.PhilomenaProfile;
import org.homeward.child.internal.philomena.PhilomenaService;
import org.homeward.child.internal.philomena.PhilomenaView;
import org.homeward.child.internal.philomena.Photo;
import org.homeward.platform.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the police information pack from what the council holds, and audits each export of it. */
@Component
class PolicePackAssembler {

    private final ChildRepository children;
    private final ChildView childView;
    private final PhilomenaService philomena;
    private final PhilomenaView philomenaView;
    private final Associates associates;
    private final Locations locations;
    private final List<CurrentRisksAndPlans> risks;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final String outOfHoursContact;

    PolicePackAssembler(ChildRepository children, ChildView childView, PhilomenaService philomena,
                        PhilomenaView philomenaView, Associates associates, Locations locations,
                        List<CurrentRisksAndPlans> risks, Directory directory, AuditTrail audit, Clock clock,
                        @Value("${homeward.out-of-hours-contact:Emergency Duty Team 01454 615165}") String outOfHoursContact) {
        this.children = children;
        this.childView = childView;
        this.philomena = philomena;
        this.philomenaView = philomenaView;
        this.associates = associates;
        this.locations = locations;
        this.risks = risks;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.outOfHoursContact = outOfHoursContact;
    }

    /**
     * The pack as it stands now, with an EXPORT audit entry in the same transaction.
     *
     * @param format how it leaves Homeward ("PDF", "JSON"), for the audit trail
     */
    @Transactional
    PolicePack export(UUID childId, CurrentUser user, boolean specialCategory, String format) {
        PolicePack pack = assemble(childId, generatedBy(user), clock.instant());
        audit.record(AuditAction.EXPORT, new AuditTrail.Subject("police-pack", childId, childId), List.of(),
                "Police information pack (" + format + ")");
        return specialCategory ? pack : pack.withoutHealth();
    }

    /** The whole pack as the record stands at {@code at}, health included: callers decide who sees it. */
    PolicePack assemble(UUID childId, String generatedBy, Instant at) {
        Child c = children.findById(childId).orElseThrow(ChildNotFoundException::new);
        LocalDate today = LocalDate.ofInstant(at, ClockConfiguration.LONDON);
        Optional<PhilomenaProfile> profile = philomena.forChild(childId);
        PolicePack.Photograph photograph = profile.flatMap(p -> philomena.photoOf(p).map(photo -> photograph(p, photo, today)))
                .orElse(null);
        return new PolicePack(c.id(), at, generatedBy,
                new PolicePack.Identity(c.fullName(), c.aliasNames(), c.dateOfBirth(), childView.age(c, today),
                        childView.sexLabel(c), childView.legalStatus(c), c.lookedAfter(), c.councilCaseId(),
                        c.policeNominalId(), c.nhsNumber()),
                new PolicePack.Responsibility(directory.agencyName(c.responsibleAuthorityId()).orElse(null),
                        directory.userName(c.allocatedWorkerId()).orElse(null),
                        directory.teamName(c.allocatedTeamId()).orElse(null), outOfHoursContact),
                photograph,
                profile.map(p -> profile(p, today)).orElse(null),
                associates.forChild(childId),
                locations.forChild(childId),
                risks.stream().flatMap(r -> r.forPolicePack(childId).stream()).toList(),
                null, null);
    }

    static String generatedBy(CurrentUser user) {
        return user.displayName() + ", " + user.agencyName();
    }

    private PolicePack.Photograph photograph(PhilomenaProfile p, Photo photo, LocalDate today) {
        return new PolicePack.Photograph(p.photoTakenOn(), philomenaView.photoOutOfDate(p, today), photo.contentType(),
                photo.dataUri());
    }

    private PolicePack.Profile profile(PhilomenaProfile p, LocalDate today) {
        return new PolicePack.Profile(p.height(), p.build(), p.hair(), p.eyes(), p.distinguishingFeatures(),
                p.phones(), p.socialMedia(), p.medicalNeeds(), p.medication(),
                p.finances(), p.transport(), p.missingHistory(), p.vulnerabilities(), p.completedBy(),
                p.completedOn(), p.reviewDue(), philomenaView.reviewOverdue(p, today),
                philomenaView.warnings(p, today));
    }
}
