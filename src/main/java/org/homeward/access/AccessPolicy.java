package org.homeward.access;

import static org.homeward.access.Role.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.access.internal.AuditorAccess;
import org.homeward.access.internal.Involvements;
import org.homeward.platform.ClockConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers "may this user open this child's record?" and gives the rest of access: roles (with an auditor's
 * time box), agencies, involvement, break-glass, and the rules several modules share. A module states its
 * own rules in its {@code <Module>Permissions}, built on {@link #holdsAny} and {@link #mayViewChild}.
 */
@Component
public class AccessPolicy {

    /**
     * Any child's whole record. Not RHI workers: a return interview provider sees only the children
     * referred to it, and only what the interview needs (DOMAIN.md RHI-08, UK GDPR data minimisation).
     * The Director of Children's Services reads the records of the council's children they are told of
     * (OV-02); the Lead Member, an elected councillor, opens none.
     */
    private static final Set<Role> VIEW_CHILD = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, CARE_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER, IRO, AUDITOR, DIRECTOR);
    private static final Set<Role> EDIT_CHILD = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER);
    /** The Philomena "grab pack" is held by the child's carers as well as by social workers and police (S55). */
    private static final Set<Role> PHILOMENA = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, CARE_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);
    /** Special-category data (UK GDPR Art. 9): ethnicity, religion, sexual orientation, gender identity, health. */
    private static final Set<Role> SPECIAL_CATEGORY = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, CARE_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER, IRO, AUDITOR);

    /** Anyone who may find a child gone: carers, police and the council. */
    private static final Set<Role> REPORT_MISSING = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, CARE_WORKER,
            SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);

    /** The council's missing risk screening is children's social care's (DOMAIN.md D.4, RA-02). */
    private static final Set<Role> SCREEN_RISK = EnumSet.of(SOCIAL_WORKER, TEAM_MANAGER, SENIOR_MANAGER);

    private static final Set<Role> VIEW_RHI = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, IRO);
    private static final Set<Role> RHI_MEASURES = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER, ANALYST, BOARD_MEMBER);

    private static final Set<Role> SIGN_OFF = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER);
    /** Counts only: board members see the partnership's reports and never a child's record (IS-02). */
    private static final Set<Role> DASHBOARD = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER, ANALYST, BOARD_MEMBER);

    /**
     * Who may open a record they are not involved with, giving a reason (break-glass): practitioners who
     * may need to act for a child at any hour. Carers see only the children placed with them and return
     * interview providers only their referrals (DOMAIN.md RHI-08, JOURNEYS).
     */
    private static final Set<Role> BREAK_GLASS = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, AUDITOR);

    private final ObjectProvider<ChildReferrals> referrals;
    private final Involvements involvements;
    private final AuditorAccess auditors;
    private final java.time.Clock clock;

    AccessPolicy(ObjectProvider<ChildReferrals> referrals, Involvements involvements, AuditorAccess auditors,
                 java.time.Clock clock) {
        this.referrals = referrals;
        this.involvements = involvements;
        this.auditors = auditors;
        this.clock = clock;
    }

    public boolean mayReportMissing(CurrentUser user) {
        return holdsAny(user, REPORT_MISSING);
    }

    /** The council's inbox of messages from the police (IS-04): its children's social care. */
    public boolean mayReceivePoliceMessages(CurrentUser user) {
        return holdsAny(user, SCREEN_RISK) && user.agencyId() != null
                && user.agencyKind() == AgencyKind.LOCAL_AUTHORITY;
    }

    /** Complete the council's risk screening of an episode; whoever may open the whole record reads it. */
    public boolean mayScreenRisk(CurrentUser user) {
        return holdsAny(user, SCREEN_RISK);
    }

    /**
     * Open children's whole records and their pages (placements, profile, network, chronology, episode
     * lists), each only among the children the person is involved with ({@link #mayViewChild}).
     */
    public boolean mayViewChildren(CurrentUser user) {
        return holdsAny(user, VIEW_CHILD);
    }

    /** Search for children: everyone who may open some child's record, each among the children they may open. */
    public boolean mayFindChildren(CurrentUser user) {
        return mayViewChildren(user) || referralsOnly(user);
    }

    /**
     * A return interview worker whose roles give no wider access: they find and open only the
     * children referred to their agency, and see only what the interview needs.
     */
    public boolean referralsOnly(CurrentUser user) {
        return user != null && user.has(RHI_WORKER) && !mayViewChildren(user);
    }

    /**
     * Open this child's record: the whole of it when the person, their team or their agency is involved
     * with the child (allocation, placement, episode, referral, an open task, the police force of the
     * area) or they have broken the glass; or (see {@link #referralsOnly}) what the interview needs.
     */
    public boolean mayViewChild(CurrentUser user, UUID childId) {
        if (user == null || childId == null) {
            return false;
        }
        if (mayViewChildren(user)) {
            if (auditorOnly(user) && !involvements.auditedOutsideTheAudit(user.id(), List.of(childId)).isEmpty()) {
                return false;
            }
            return involvements.involved(user, childId, personalOnly(user));
        }
        ChildReferrals known = referrals.getIfAvailable();
        return referralsOnly(user) && childId != null && user.agencyId() != null && known != null
                && known.referred(user.agencyId(), childId);
    }

    /** Open a record one is not involved with, after giving a reason; audited and reported (break-glass). */
    public boolean mayBreakGlass(CurrentUser user) {
        return holdsAny(user, BREAK_GLASS) && !auditorOfSampleOnly(user);
    }

    /**
     * Break the glass into this child's record: not into a child sampled for a case-file audit the auditor takes
     * part in, outside that audit's days (the audit alone gives them that child).
     */
    public boolean mayBreakGlass(CurrentUser user, UUID childId) {
        return mayBreakGlass(user) && !(auditorOnly(user)
                && !involvements.auditedOutsideTheAudit(user.id(), List.of(childId)).isEmpty());
    }

    /** Whether the person is involved with each of these children: search results say which they may open. */
    public Set<UUID> involvedAmong(CurrentUser user, java.util.Collection<UUID> childIds) {
        if (user == null) {
            return Set.of();
        }
        Set<UUID> involved = involvements.involvedAmong(user, childIds, personalOnly(user));
        if (!auditorOnly(user) || involved.isEmpty()) {
            return involved;
        }
        Set<UUID> shut = involvements.auditedOutsideTheAudit(user.id(), involved);
        return shut.isEmpty() ? involved
                : involved.stream().filter(c -> !shut.contains(c)).collect(Collectors.toUnmodifiableSet());
    }

    /** Lists of children (missing now, meetings required) hold to the children the person is involved with. */
    public InvolvedWith involvedWith(CurrentUser user) {
        boolean personal = personalOnly(user);
        return new InvolvedWith(personal ? null : user.agencyId(), personal ? null : user.teamId(), user.id(),
                clock.instant());
    }

    /** Break-glass accesses, to review: the named senior managers. */
    public boolean mayReviewBreakGlass(CurrentUser user) {
        return user != null && user.has(SENIOR_MANAGER);
    }

    /**
     * The children this user's searches may return: every child for those who may open records (each
     * result says whether they are involved), the children referred to them for a return interview provider.
     */
    public ChildScope childScope(CurrentUser user) {
        if (!referralsOnly(user)) {
            return ChildScope.everyChild();
        }
        ChildReferrals known = referrals.getIfAvailable();
        return ChildScope.referred(known == null || user.agencyId() == null ? Set.of()
                : known.referredTo(user.agencyId()));
    }

    public boolean mayEditChildren(CurrentUser user) {
        return holdsAny(user, EDIT_CHILD);
    }

    /** Create and change a child's Philomena profile, associates and locations. */
    public boolean mayEditPhilomena(CurrentUser user) {
        return holdsAny(user, PHILOMENA);
    }

    /** Download the police information pack: those who report a child missing and the police who receive it. */
    public boolean mayExportPolicePack(CurrentUser user) {
        return holdsAny(user, PHILOMENA);
    }

    /** Return home interviews: police, social workers and managers view; RHI workers their agency's only. */
    public boolean mayViewReturnInterviews(CurrentUser user) {
        return holdsAny(user, VIEW_RHI) || holdsAny(user, EnumSet.of(RHI_WORKER));
    }

    /** Record attempts, the outcome and the interview: RHI workers of the agency the offer is assigned to. */
    public boolean mayWorkReturnInterview(CurrentUser user, java.util.UUID providerAgencyId) {
        return user != null && user.has(RHI_WORKER) && providerAgencyId != null
                && providerAgencyId.equals(user.agencyId());
    }

    /** The IRO of a looked-after child is invited to its missing management meetings (DOMAIN.md D.6). */
    private static final Set<Role> VIEW_MEETINGS = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, IRO, AUDITOR);

    /** Missing management meetings: the police and children's social care who hold them, and auditors. */
    public boolean mayViewMeetings(CurrentUser user) {
        return holdsAny(user, VIEW_MEETINGS);
    }

    /** The compliance dashboard (counts only): managers, the named senior manager or police strategic lead, analysts. */
    public boolean mayViewDashboard(CurrentUser user) {
        return holdsAny(user, DASHBOARD);
    }

    /** Management oversight sign-offs: team and senior managers (never of their own work). */
    public boolean maySignOff(CurrentUser user) {
        return holdsAny(user, SIGN_OFF);
    }

    /** The aggregate return interview measures, without names: managers and partnership analysts. */
    public boolean mayViewReturnInterviewMeasures(CurrentUser user) {
        return holdsAny(user, RHI_MEASURES);
    }

    /** Names of children in reports: managers, never partnership analysts (IS-02: aggregates only). */
    public boolean maySeeNamesInReports(CurrentUser user) {
        return holdsAny(user, EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER));
    }

    public boolean maySeeSpecialCategory(CurrentUser user) {
        return holdsAny(user, SPECIAL_CATEGORY);
    }

    public boolean mayReadAuditTrail(CurrentUser user) {
        return user != null && user.has(AUDITOR);
    }

    public boolean mayAdminister(CurrentUser user) {
        return user != null && user.has(ADMINISTRATOR);
    }

    // Information sharing register (DOMAIN.md IS-01).
    private static final Set<Role> VIEW_SHARES = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER, AUDITOR);
    private static final Set<Role> RECORD_SHARES = EnumSet.of(POLICE_OFFICER, MISSING_COORDINATOR, SOCIAL_WORKER,
            TEAM_MANAGER, SENIOR_MANAGER);

    /** A child's information sharing register and its exports: the police, children's social care, auditors. */
    public boolean mayViewShares(CurrentUser user, UUID childId) {
        return holdsAny(user, VIEW_SHARES) && mayViewChild(user, childId);
    }

    /**
     * Record a share by hand: the police and children's social care for any child they may open, and RHI
     * workers for the children referred to their agency (who share and receive what the interview needs).
     */
    public boolean mayRecordShare(CurrentUser user, UUID childId) {
        if (holdsAny(user, RECORD_SHARES)) {
            return mayViewChild(user, childId);
        }
        ChildReferrals known = referrals.getIfAvailable();
        return user != null && user.has(RHI_WORKER) && childId != null && user.agencyId() != null && known != null
                && known.referred(user.agencyId(), childId);
    }

    /*
     * Records management: subject access and retention. Team and senior managers answer for a
     * child's record; a disposal needs a named senior manager's approval, never its requester's.
     * Administrators manage accounts, not case records, so they see neither.
     */
    private static final Set<Role> RECORDS = EnumSet.of(TEAM_MANAGER, SENIOR_MANAGER);

    /** Record a subject access request about a child and export the child's whole record for it. */
    public boolean mayHandleSubjectAccess(CurrentUser user, UUID childId) {
        return holdsAny(user, RECORDS) && mayViewChild(user, childId);
    }

    /** The retention report, and asking for a record due for disposal to be disposed of. */
    public boolean mayReviewRetention(CurrentUser user) {
        return holdsAny(user, RECORDS);
    }

    /**
     * Independent Reviewing Officers whose roles give no wider access see the children they review (and
     * any they are personally given work about), not every child of their authority: their independence
     * from the case's management is the point of the role.
     */
    private boolean personalOnly(CurrentUser user) {
        if (user == null) {
            return false;
        }
        if (auditorOfSampleOnly(user)) {
            return true;
        }
        if (!user.has(IRO)) {
            return false;
        }
        Set<Role> wider = EnumSet.copyOf(VIEW_CHILD);
        wider.remove(IRO);
        return !holdsAny(user, wider);
    }

    /**
     * An auditor without an administrator's standing grant opens only the children sampled for a case-file
     * audit they take part in, while it runs (decision 0030): the allocation is their involvement.
     */
    private boolean auditorOfSampleOnly(CurrentUser user) {
        if (user == null || !user.has(AUDITOR) || auditorWindowOpen(user)) {
            return false;
        }
        Set<Role> wider = EnumSet.copyOf(VIEW_CHILD);
        wider.remove(AUDITOR);
        return !holdsAny(user, wider);
    }

    /**
     * Someone who opens children's records only as an auditor. A child sampled for a case-file audit they
     * take part in opens to them only while that audit runs, whatever standing grant an administrator gave
     * (decision 0030): the audit's first and last days bound every auditor's access to its sample, the lead's too.
     */
    private boolean auditorOnly(CurrentUser user) {
        if (!user.has(AUDITOR)) {
            return false;
        }
        Set<Role> wider = EnumSet.copyOf(VIEW_CHILD);
        wider.remove(AUDITOR);
        return user.roles().stream().noneMatch(wider::contains);
    }

    /**
     * Whether the person holds one of these roles: the check every module's rules start from (none for no
     * one signed in). An auditor's role counts only on the days an administrator granted (IS-02: time-boxed
     * case access), or while a case-file audit they take part in runs (then for its sampled children only:
     * decision 0030).
     */
    public boolean holdsAny(CurrentUser user, Set<Role> allowed) {
        if (user == null) {
            return false;
        }
        for (Role role : user.roles()) {
            if (allowed.contains(role) && (role != AUDITOR || auditorWindowOpen(user)
                    || involvements.inCaseAuditNow(user.id()))) {
                return true;
            }
        }
        return false;
    }

    private boolean auditorWindowOpen(CurrentUser user) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        return auditors.windowOf(user.id()).map(w -> w.includes(today)).orElse(false);
    }
}
