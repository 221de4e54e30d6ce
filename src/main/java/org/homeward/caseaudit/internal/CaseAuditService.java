package org.homeward.caseaudit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.caseaudit.internal.CaseAuditForms.AllocationForm;
import org.homeward.caseaudit.internal.CaseAuditForms.AuditForm;
import org.homeward.caseaudit.internal.CaseAuditForms.FindingForm;
import org.homeward.caseaudit.internal.CaseAuditForms.LineAnswer;
import org.homeward.caseaudit.internal.CaseAuditForms.PartForm;
import org.homeward.caseaudit.internal.CaseAuditForms.SampleForm;
import org.homeward.caseaudit.internal.CaseAuditForms.TextForm;
import org.homeward.child.Children;
import org.homeward.oversight.Deadlines;
import org.homeward.oversight.NewTask;
import org.homeward.oversight.Notifier;
import org.homeward.oversight.TaskOwner;
import org.homeward.oversight.TaskSource;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Every change to a case-file audit, each audited against the child it concerns. */
@Service
class CaseAuditService {

    static final String MODULE = "caseaudit";
    private static final int TEXT = 4000;
    private static final int MAX_SAMPLE = 50;

    private final CaseAudits audits;
    private final Sampling sampling;
    private final AuditTrail trail;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final Directory directory;
    private final Children children;
    private final Settings settings;
    private final Clock clock;

    CaseAuditService(CaseAudits audits, Sampling sampling, AuditTrail trail, Deadlines deadlines, Notifier notifier,
                     Directory directory, Children children, Settings settings, Clock clock) {
        this.audits = audits;
        this.sampling = sampling;
        this.trail = trail;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.directory = directory;
        this.children = children;
        this.settings = settings;
        this.clock = clock;
    }

    static AuditTrail.Subject partSubject(CaseAudits.Part part) {
        return new AuditTrail.Subject("case_audit_part", part.id(), part.childId());
    }

    static AuditTrail.Subject caseSubject(CaseAudits.SampledCase sampled) {
        return new AuditTrail.Subject("case_audit_case", sampled.id(), sampled.childId());
    }

    static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    @Transactional
    public Optional<UUID> plan(CurrentUser user, AuditForm form, Errors errors) {
        FormChecks.required(form.getTheme(), "theme", "Enter the audit's theme", errors);
        FormChecks.maxLength(form.getTheme(), 200, "theme", "The theme must be 200 characters or fewer", errors);
        FormChecks.required(form.getObjective(), "objective", "Enter the audit's objective", errors);
        FormChecks.maxLength(form.getObjective(), 2000, "objective", "The objective must be 2000 characters or fewer", errors);
        Optional<UUID> template = uuid(form.getTemplateId()).filter(id -> audits.template(id).isPresent());
        if (template.isEmpty()) {
            errors.rejectValue("templateId", "required", "Select the template the audit uses");
        }
        Optional<UUID> council = uuid(form.getCouncilId())
                .filter(id -> directory.localAuthorities().stream().anyMatch(o -> o.id().equals(id)));
        if (council.isEmpty()) {
            errors.rejectValue("councilId", "required", "Select the council whose children are sampled");
        }
        LocalDate today = today();
        Optional<LocalDate> from = FormChecks.date(form.from(), "fromDay", "Enter the first day of the period sampled",
                "The first day of the period", today.minusYears(5), "The period cannot start more than 5 years ago",
                today, "The period cannot start in the future", errors);
        Optional<LocalDate> to = FormChecks.date(form.to(), "toDay", "Enter the last day of the period sampled",
                "The last day of the period", null, null, today, "The period cannot end in the future", errors);
        from.ifPresent(f -> to.ifPresent(t -> FormChecks.notBefore("toDay", t, "The period must end", "it starts", f, errors)));
        Optional<LocalDate> starts = FormChecks.date(form.starts(), "startsDay", "Enter the day the audit starts",
                "The day the audit starts", today.minusDays(30), "The audit cannot start more than 30 days ago",
                today.plusYears(1), "The audit must start within a year", errors);
        Optional<LocalDate> ends = FormChecks.date(form.ends(), "endsDay", "Enter the day the audit ends",
                "The day the audit ends", null, null, today.plusYears(2), "The audit must end within 2 years", errors);
        starts.ifPresent(s -> ends.ifPresent(e -> {
            if (FormChecks.notBefore("endsDay", e, "The audit must end", "it starts", s, errors)
                    && e.isAfter(s.plusDays(180)) && !errors.hasFieldErrors("endsDay")) {
                errors.rejectValue("endsDay", "tooLong", "An audit can run for 180 days at most: auditors' access ends with it");
            }
        }));
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        UUID id = audits.addAudit(form.getTheme().strip(), form.getObjective().strip(), template.get(), council.get(),
                from.get(), to.get(), starts.get(), ends.get(), user.id(), clock.instant());
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit", id, null), List.of("theme", "objective"), null);
        return Optional.of(id);
    }

    /** Draws the sample; the lead may open the sampled records and each child's practitioner is told. */
    @Transactional
    public Optional<Integer> sample(CurrentUser user, CaseAudits.Audit audit, SampleForm form, Errors errors) {
        if (!FormChecks.oneOf(form.getCohort(), Set.of("ANY", "LOOKED_AFTER", "NOT_LOOKED_AFTER"))) {
            errors.rejectValue("cohort", "invalid", "Select which children to sample");
        }
        if (!FormChecks.oneOf(form.getRisk(), Set.of("ANY", "HIGH", "MEDIUM", "LOW"))) {
            errors.rejectValue("risk", "invalid", "Select the risk of the children to sample");
        }
        if (form.getRepeatOnly() != null && !form.getRepeatOnly().equals("yes")) {
            errors.rejectValue("repeatOnly", "invalid", "Tick the box or leave it empty");
        }
        if (form.getAllocate() != null && !form.getAllocate().equals("yes")) {
            errors.rejectValue("allocate", "invalid", "Tick the box or leave it empty");
        }
        Sampling.Stratum stratum = null;
        try {
            stratum = Sampling.Stratum.valueOf(String.valueOf(form.getStratum()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("stratum", "invalid", "Select how the sample is drawn");
        }
        int size = 0;
        try {
            size = Integer.parseInt(String.valueOf(form.getSize()).strip());
        } catch (NumberFormatException e) {
            errors.rejectValue("size", "invalid", "Enter how many cases to sample, like 10");
        }
        if (!errors.hasFieldErrors("size") && (size < 1 || size > MAX_SAMPLE)) {
            errors.rejectValue("size", "range", "Enter a number of cases from 1 to " + MAX_SAMPLE);
        }
        if (audit.sampledAt() != null) {
            errors.reject("sampled", "The cases for this audit have already been sampled");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        int repeat = settings.number(Setting.INSIGHT_REPEAT_EPISODES);
        Sampling.Criteria criteria = new Sampling.Criteria(form.getCohort(), form.getRisk(),
                "yes".equals(form.getRepeatOnly()), stratum, size, repeat);
        List<Sampling.Picked> picked = sampling.pick(sampling.cohort(audit.councilId(), audit.periodFrom(),
                audit.periodTo()), criteria);
        if (picked.isEmpty()) {
            errors.rejectValue("size", "none", "No children of the council match: choose fewer conditions");
            return Optional.empty();
        }
        int position = 1;
        for (Sampling.Picked p : picked) {
            audits.addCase(audit.id(), p.childId(), position++, p.stratum(), p.allocatedWorkerId());
        }
        boolean allocate = "yes".equals(form.getAllocate());
        audits.sampled(audit.id(), describe(criteria, picked.size()) + (allocate ? "; parts allocated to each agency's auditors" : ""),
                clock.instant());
        Allocator allocator = allocate ? new Allocator(audits.auditors(), audit.leadId()) : null;
        for (CaseAudits.SampledCase sampled : audits.cases(audit.id())) {
            audits.grantAccess(audit.id(), sampled.childId(), audit.leadId(), opens(audit), closes(audit));
            trail.record(AuditAction.CREATE, caseSubject(sampled), List.of(), "Sampled for a case-file audit");
            if (sampled.practitionerId() != null) {
                notifier.tell(List.of(sampled.practitionerId()), user.id(),
                        "Your work with a child is in the case-file audit \"" + audit.theme()
                                + "\". You may add context while it runs, and will see its findings.",
                        "/case-audit-cases/" + sampled.id(), "Homeward: a case-file audit includes your work");
            }
            if (allocator != null) {
                for (UUID agency : audits.agenciesOf(sampled.childId(), audit.councilId(), audit.periodFrom(), audit.periodTo())) {
                    allocator.next(agency).ifPresent(a -> addPart(user, audit, sampled, agency, a.auditor(), a.moderator()));
                }
            }
        }
        return Optional.of(picked.size());
    }

    private static String describe(Sampling.Criteria c, int drawn) {
        List<String> said = new ArrayList<>();
        said.add(drawn + " of " + c.size() + " cases asked for");
        said.add(switch (c.cohort()) {
            case "LOOKED_AFTER" -> "looked-after children";
            case "NOT_LOOKED_AFTER" -> "children not looked after";
            default -> "all children";
        });
        if (!c.risk().equals("ANY")) {
            said.add("highest police risk " + c.risk().toLowerCase(java.util.Locale.UK));
        }
        if (c.repeatOnly()) {
            said.add("missing " + c.repeatEpisodes() + " or more times in the period");
        }
        said.add(switch (c.stratum()) {
            case NONE -> "at random";
            case COHORT -> "the same number from looked-after children and others";
            case RISK -> "the same number from each risk level";
            case REPEAT -> "the same number from repeat and single episodes";
            case POLICE_FORCE -> "the same number from each police force the children were reported to";
            case CARE_PROVIDER -> "the same number from each care provider the children were placed with";
        });
        return String.join("; ", said);
    }

    private static Instant opens(CaseAudits.Audit audit) {
        return audit.startsOn().atStartOfDay(ClockConfiguration.LONDON).toInstant();
    }

    private static Instant closes(CaseAudits.Audit audit) {
        return audit.endsOn().plusDays(1).atStartOfDay(ClockConfiguration.LONDON).toInstant();
    }

    /** Gives an agency's part of the case to an auditor (of that agency), with a second auditor to moderate it. */
    @Transactional
    public boolean allocate(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled,
                            AllocationForm form, Errors errors) {
        List<Directory.Option> auditors = directory.auditors();
        Optional<UUID> auditor = uuid(form.getAuditorId()).filter(id -> auditors.stream().anyMatch(o -> o.id().equals(id)));
        if (auditor.isEmpty()) {
            errors.rejectValue("auditorId", "required", "Select the auditor");
        }
        Optional<UUID> moderator = uuid(form.getModeratorId());
        if (form.getModeratorId() != null && !form.getModeratorId().isBlank()
                && moderator.filter(id -> auditors.stream().anyMatch(o -> o.id().equals(id))).isEmpty()) {
            errors.rejectValue("moderatorId", "invalid", "Select a moderator from the list");
        } else if (moderator.isPresent() && moderator.equals(auditor)) {
            errors.rejectValue("moderatorId", "same", "Select a moderator other than the auditor");
        }
        Optional<UUID> agency = auditor.flatMap(this::agencyOf);
        if (auditor.isPresent() && agency.isPresent() && audits.partExists(sampled.id(), agency.get())) {
            errors.rejectValue("auditorId", "taken", "This agency's part of the case is already allocated");
        }
        if (errors.hasErrors() || agency.isEmpty()) {
            return false;
        }
        addPart(user, audit, sampled, agency.get(), auditor.get(), moderator.orElse(null));
        return true;
    }

    private void addPart(CurrentUser user, CaseAudits.Audit audit, CaseAudits.SampledCase sampled, UUID agency,
                         UUID auditor, UUID moderator) {
        UUID part = audits.addPart(sampled.id(), audit.id(), sampled.childId(), agency, auditor, moderator);
        audits.grantAccess(audit.id(), sampled.childId(), auditor, opens(audit), closes(audit));
        if (moderator != null) {
            audits.grantAccess(audit.id(), sampled.childId(), moderator, opens(audit), closes(audit));
        }
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_part", part, sampled.childId()),
                List.of("auditor", "moderator"), null);
        List<UUID> told = new ArrayList<>(List.of(auditor));
        if (moderator != null) {
            told.add(moderator);
        }
        notifier.tell(told, user.id(), "You have a case to audit or moderate in \"" + audit.theme() + "\", from "
                        + Dates.ofDay(audit.startsOn()) + " to "
                        + Dates.ofDay(audit.endsOn()) + ".",
                "/case-audit-parts/" + part, "Homeward: a case-file audit needs you");
    }

    /**
     * Spreads the parts across each agency's auditors: the one with the fewest parts so far audits, the one
     * with the fewest moderations so far (another auditor of the agency) moderates. The lead consolidates
     * and is given no part.
     */
    static final class Allocator {

        record Choice(UUID auditor, UUID moderator) {
        }

        private final Map<UUID, List<CaseAudits.Auditor>> byAgency = new HashMap<>();
        private final Map<UUID, Integer> audited = new HashMap<>();
        private final Map<UUID, Integer> moderated = new HashMap<>();

        Allocator(List<CaseAudits.Auditor> auditors, UUID leadId) {
            for (CaseAudits.Auditor a : auditors) {
                if (!a.id().equals(leadId)) {
                    byAgency.computeIfAbsent(a.agencyId(), k -> new ArrayList<>()).add(a);
                }
            }
        }

        Optional<Choice> next(UUID agency) {
            List<CaseAudits.Auditor> ofAgency = byAgency.getOrDefault(agency, List.of());
            Optional<CaseAudits.Auditor> auditor = ofAgency.stream()
                    .min(Comparator.comparingInt(a -> audited.getOrDefault(a.id(), 0)));
            if (auditor.isEmpty()) {
                return Optional.empty();
            }
            Optional<CaseAudits.Auditor> moderator = ofAgency.stream().filter(a -> !a.id().equals(auditor.get().id()))
                    .min(Comparator.comparingInt(a -> moderated.getOrDefault(a.id(), 0)));
            audited.merge(auditor.get().id(), 1, Integer::sum);
            moderator.ifPresent(m -> moderated.merge(m.id(), 1, Integer::sum));
            return Optional.of(new Choice(auditor.get().id(), moderator.map(CaseAudits.Auditor::id).orElse(null)));
        }
    }

    private Optional<UUID> agencyOf(UUID userId) {
        return directory.agencyOf(userId);
    }

    /** The auditor's grades and notes; submitted, they go to the moderator (or, with none, stand). */
    @Transactional
    public boolean grade(CaseAudits.Template template, List<CaseAudits.Line> lines, CaseAudits.Part part,
                         PartForm form, Errors errors) {
        boolean submit = "yes".equals(form.getSubmit());
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (answer.getGrade() != null && !answer.getGrade().isBlank()
                    && !template.gradeScale().contains(answer.getGrade())) {
                errors.rejectValue(field + "grade", "invalid", "Select a grade from the scale");
            } else if (submit && (answer.getGrade() == null || answer.getGrade().isBlank())) {
                errors.rejectValue(field + "grade", "required", "Select a grade for line " + (n + 1));
            }
            if (submit) {
                FormChecks.required(answer.getNote(), field + "note", "Enter the evidence for the grade of line " + (n + 1), errors);
            }
            FormChecks.maxLength(answer.getNote(), TEXT, field + "note", "The evidence must be 4000 characters or fewer", errors);
        }
        FormChecks.maxLength(form.getPractitionerConversation(), TEXT, "practitionerConversation",
                "The conversation must be 4000 characters or fewer", errors);
        FormChecks.maxLength(form.getFamilyFeedback(), TEXT, "familyFeedback",
                "The feedback must be 4000 characters or fewer", errors);
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            audits.saveGrade(part.id(), lines.get(n).id(), FormChecks.trimmed(answer.getGrade()),
                    FormChecks.trimmed(answer.getNote()));
        }
        audits.saveAnswers(part.id(), FormChecks.trimmed(form.getPractitionerConversation()),
                FormChecks.trimmed(form.getFamilyFeedback()));
        if (submit) {
            audits.status(part.id(), part.moderatorId() == null ? "RESOLVED" : "SUBMITTED", "submitted_at", clock.instant());
            if (part.moderatorId() != null) {
                notifier.tell(List.of(part.moderatorId()), part.auditorId(), "A case-file audit part is ready for you to moderate.",
                        "/case-audit-parts/" + part.id(), "Homeward: a case-file audit needs you");
            }
        }
        trail.record(AuditAction.CHANGE, partSubject(part), List.of("grades"), submit ? "Submitted" : "Saved");
        return true;
    }

    /** The moderator agrees or disagrees with each grade, with a reason for each disagreement. */
    @Transactional
    public boolean moderate(CaseAudits.Audit audit, List<CaseAudits.Line> lines, CaseAudits.Part part, PartForm form,
                            Errors errors) {
        boolean disagreed = false;
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (!FormChecks.oneOf(answer.getModeration(), Set.of("AGREE", "DISAGREE"))) {
                errors.rejectValue(field + "moderation", "required", "Select whether you agree with the grade of line " + (n + 1));
            } else if (answer.getModeration().equals("DISAGREE")) {
                disagreed = true;
                FormChecks.required(answer.getReason(), field + "reason", "Enter why you disagree with the grade of line " + (n + 1), errors);
            }
            FormChecks.maxLength(answer.getReason(), 2000, field + "reason", "The reason must be 2000 characters or fewer", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            LineAnswer answer = answer(form, n);
            audits.moderate(part.id(), lines.get(n).id(), answer.getModeration(), FormChecks.trimmed(answer.getReason()));
        }
        audits.status(part.id(), disagreed ? "MODERATED" : "RESOLVED", "moderated_at", clock.instant());
        if (disagreed) {
            notifier.tell(List.of(audit.leadId()), part.moderatorId(), "A moderator disagreed with an auditor's grades: resolve it.",
                    "/case-audit-parts/" + part.id(), "Homeward: a case-file audit needs you");
        }
        trail.record(AuditAction.CHANGE, partSubject(part), List.of("moderation"), disagreed ? "Disagreed" : "Agreed");
        return true;
    }

    /** The lead settles each disagreement: the grade that stands and why. */
    @Transactional
    public boolean resolve(CaseAudits.Template template, List<CaseAudits.Line> lines, CaseAudits.Part part,
                           List<CaseAudits.Grade> grades, PartForm form, Errors errors) {
        for (int n = 0; n < lines.size(); n++) {
            UUID lineId = lines.get(n).id();
            boolean disputed = grades.stream().anyMatch(g -> g.lineId().equals(lineId) && "DISAGREE".equals(g.moderation()));
            if (!disputed) {
                continue;
            }
            LineAnswer answer = answer(form, n);
            String field = "lines[" + n + "].";
            if (!FormChecks.oneOf(answer.getGrade(), template.gradeScale())) {
                errors.rejectValue(field + "grade", "required", "Select the grade that stands for line " + (n + 1));
            }
            FormChecks.required(answer.getNote(), field + "note", "Enter how the disagreement on line " + (n + 1) + " was resolved", errors);
            FormChecks.maxLength(answer.getNote(), 2000, field + "note", "The resolution must be 2000 characters or fewer", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        for (int n = 0; n < lines.size(); n++) {
            UUID lineId = lines.get(n).id();
            if (grades.stream().anyMatch(g -> g.lineId().equals(lineId) && "DISAGREE".equals(g.moderation()))) {
                LineAnswer answer = answer(form, n);
                audits.resolve(part.id(), lineId, answer.getGrade(), answer.getNote().strip());
            }
        }
        audits.status(part.id(), "RESOLVED", "resolved_at", clock.instant());
        trail.record(AuditAction.CHANGE, partSubject(part), List.of("resolution"), null);
        return true;
    }

    /**
     * A safeguarding concern found while auditing goes at once to the child's team (its managers see
     * team tasks) as a high-risk task, which the escalation matrix takes to the named senior managers.
     */
    @Transactional
    public boolean concern(CurrentUser user, CaseAudits.Part part, TextForm form, Errors errors) {
        FormChecks.required(form.getText(), "text", "Enter the safeguarding concern", errors);
        FormChecks.maxLength(form.getText(), TEXT, "text", "The concern must be 4000 characters or fewer", errors);
        Optional<TaskOwner> owner = children.responsibleTeam(part.childId()).map(TaskOwner::team)
                .or(() -> deadlines.ownerFor(part.childId()));
        if (owner.isEmpty() && !errors.hasErrors()) {
            errors.rejectValue("text", "noTeam", "The child has no team to tell: call the council's front door now");
        }
        if (errors.hasErrors()) {
            return false;
        }
        UUID concern = audits.addConcern(part.id(), part.childId(), form.getText().strip(), user.id(), clock.instant());
        deadlines.open(new NewTask(new TaskSource("CASE_AUDIT_CONCERN", MODULE, concern.toString()),
                "Act on a safeguarding concern an auditor found", part.childId(), owner.get(),
                Deadlines.endOf(today()), true, "/children/" + part.childId()));
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_concern", concern, part.childId()),
                List.of("description"), "Safeguarding concern raised to the child's team");
        return true;
    }

    @Transactional
    public boolean addContext(CurrentUser user, CaseAudits.SampledCase sampled, String text, Errors errors) {
        if (!text(text, "context", "Enter the context you want the auditors to know", errors)) {
            return false;
        }
        audits.addContext(sampled.id(), sampled.childId(), user.id(), text.strip(), clock.instant());
        trail.record(AuditAction.CHANGE, caseSubject(sampled), List.of("context"), "Practitioner's context");
        return true;
    }

    @Transactional
    public boolean consolidate(CurrentUser user, CaseAudits.SampledCase sampled, String text, Errors errors) {
        if (!text(text, "consolidation", "Enter the consolidated view of the case", errors)) {
            return false;
        }
        audits.consolidate(sampled.id(), text.strip(), clock.instant(), user.id());
        trail.record(AuditAction.CHANGE, caseSubject(sampled), List.of("consolidation"), null);
        return true;
    }

    private static boolean text(String text, String field, String required, Errors errors) {
        FormChecks.required(text, field, required, errors);
        FormChecks.maxLength(text, TEXT, field, "The text must be 4000 characters or fewer", errors);
        return !errors.hasErrors();
    }

    /** A finding; a recommendation is an action with its owner and due date on the owner's queue. */
    @Transactional
    public boolean finding(CurrentUser user, CaseAudits.Audit audit, FindingForm form, Errors errors) {
        if (!FormChecks.oneOf(form.getKind(), Set.of("STRENGTH", "DEVELOPMENT", "RECOMMENDATION"))) {
            errors.rejectValue("kind", "required", "Select what kind of finding this is");
        }
        FormChecks.required(form.getText(), "text", "Enter the finding", errors);
        FormChecks.maxLength(form.getText(), 2000, "text", "The finding must be 2000 characters or fewer", errors);
        boolean action = "RECOMMENDATION".equals(form.getKind());
        Optional<UUID> owner = uuid(form.getOwnerId())
                .filter(id -> directory.practitioners().stream().anyMatch(o -> o.id().equals(id)));
        Optional<LocalDate> due = Optional.empty();
        if (action) {
            if (owner.isEmpty()) {
                errors.rejectValue("ownerId", "required", "Select who owns the action");
            }
            due = FormChecks.date(form.due(), "dueDay", "Enter the date the action is due", "The date the action is due",
                    today(), "The action cannot be due in the past", today().plusYears(2),
                    "The action must be due within 2 years", errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        UUID id = audits.addFinding(audit.id(), form.getKind(), form.getText().strip(), action ? owner.get() : null,
                action ? due.get() : null, user.id(), clock.instant());
        if (action) {
            deadlines.open(new NewTask(new TaskSource("CASE_AUDIT_ACTION", MODULE, id.toString()),
                    "Act on a case-file audit recommendation: " + abbreviate(form.getText().strip()), null,
                    TaskOwner.person(owner.get()), Deadlines.endOf(due.get()), false, "/case-audits/" + audit.id()));
        }
        trail.record(AuditAction.CREATE, new AuditTrail.Subject("case_audit_finding", id, null), List.of("text"), null);
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    /** Issues the report: the audit ends, and with it every auditor's access to the sampled records. */
    @Transactional
    public void issue(CurrentUser user, CaseAudits.Audit audit) {
        audits.reported(audit.id(), clock.instant(), user.id());
        List<UUID> practitioners = audits.cases(audit.id()).stream().map(CaseAudits.SampledCase::practitionerId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        notifier.tell(practitioners, user.id(), "The report of the case-file audit \"" + audit.theme()
                + "\" is issued: its findings about your work are on the case's page.", "/case-audits/" + audit.id(),
                "Homeward: a case-file audit report is issued");
        trail.record(AuditAction.CHANGE, new AuditTrail.Subject("case_audit", audit.id(), null), List.of("reported"), null);
    }

    private static LineAnswer answer(PartForm form, int n) {
        List<LineAnswer> answers = form.getLines();
        LineAnswer answer = answers != null && n < answers.size() ? answers.get(n) : null;
        return answer == null ? new LineAnswer() : answer;
    }
}
