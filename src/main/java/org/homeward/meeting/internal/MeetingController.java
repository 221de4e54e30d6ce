package org.homeward.meeting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The child's meetings and what calls for one, the proforma, the minutes, and the list of meetings required. */
@Controller
class MeetingController {

    static final List<Vocabularies.Term> YES_NO = List.of(new Vocabularies.Term("yes", "Yes"),
            new Vocabularies.Term("no", "No"));

    private final MeetingService service;
    private final MeetingCriteria criteria;
    private final java.time.Clock clock;
    private final MeetingRecords records;
    private final ChildPages pages;
    private final Directory directory;
    private final AccessPolicy policy;
    private final MeetingPermissions permissions;
    private final AuditTrail audit;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;

    MeetingController(MeetingService service, MeetingCriteria criteria, java.time.Clock clock, MeetingRecords records, ChildPages pages, Directory directory,
                      AccessPolicy policy, MeetingPermissions permissions, AuditTrail audit, ITemplateEngine templates,
                      PdfRenderer pdf, Dates dates) {
        this.service = service;
        this.criteria = criteria;
        this.clock = clock;
        this.records = records;
        this.pages = pages;
        this.directory = directory;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    /** Children on a page of those for whom a meeting is required. */
    static final int PAGE_SIZE = 50;

    /** Children for whom a meeting is required, longest waiting first. */
    @GetMapping("/meetings")
    String required(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                    @RequestParam(required = false) String before, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        var page = records.openRequirements(policy.involvedWith(user),
                Keyset.of(after, before, PAGE_SIZE));
        model.addAttribute("required", page.rows());
        model.addAttribute("pagination", Pagination.keyset(
                org.springframework.web.util.UriComponentsBuilder.fromPath("/meetings"), page));
        return "meeting/required";
    }

    @GetMapping("/children/{id}/meetings")
    @Transactional
    String forChild(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(policy.mayViewMeetings(user));
        ChildSummary child = pages.child(id);
        audit.record(AuditAction.VIEW, MeetingService.subject(null, id), List.of(), "Missing management meetings");
        return childPage(model, child, user, new RequestForm());
    }

    @PostMapping("/children/{id}/meetings/requests")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        String kind = form.getKind();
        boolean police = "POLICE_REQUEST".equals(kind) && permissions.mayRequestMeetingAsPolice(user);
        boolean carers = "CARER_REPORTING".equals(kind) && permissions.mayRecordMeeting(user);
        ChildPages.require(police || carers);
        ChildSummary child = pages.child(id);
        if (!service.request(id, kind, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, RequestForm.FIELD_ORDER));
            return childPage(model, child, user, form);
        }
        redirect.addFlashAttribute("success", police ? "Meeting requested" : "Recorded that carers are reporting inappropriately");
        return "redirect:/children/" + id + "/meetings";
    }

    @PostMapping("/children/{id}/meetings/not-convened")
    String notConvened(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                       @ModelAttribute("notConvenedForm") NotConvenedForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        ChildPages.require(permissions.mayDecideNotToConvene(user));
        ChildSummary child = pages.child(id);
        if (!service.decideNotToConvene(id, form, result, user)) {
            model.addAttribute("errors", FormErrors.summary(result, NotConvenedForm.FIELD_ORDER));
            return childPage(model, child, user, new RequestForm());
        }
        redirect.addFlashAttribute("success", "Recorded the decision not to convene a meeting");
        return "redirect:/children/" + id + "/meetings";
    }

    @GetMapping("/children/{id}/meetings/new")
    String newMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildPages.require(permissions.mayRecordMeeting(user));
        MeetingForm form = new MeetingForm();
        form.setChair(user.displayName());
        return form(model, pages.child(id), form);
    }

    @PostMapping("/children/{id}/meetings")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ChildPages.require(permissions.mayRecordMeeting(user));
        ChildSummary child = pages.child(id);
        Optional<UUID> saved = service.record(id, form, result, user);
        if (saved.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, MeetingForm.FIELD_ORDER));
            return form(model, child, form);
        }
        redirect.addFlashAttribute("success", "Meeting recorded");
        return "redirect:/meetings/" + saved.get();
    }

    @GetMapping("/meetings/{id}")
    @Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        MeetingRecords.Meeting meeting = viewable(user, id);
        audit.record(AuditAction.VIEW, MeetingService.subject(id, meeting.childId()), List.of(), null);
        model.addAttribute("meeting", meeting);
        model.addAttribute("child", pages.child(meeting.childId()));
        model.addAttribute("actions", records.actions(id));
        model.addAttribute("dates", dates);
        return "meeting/show";
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    @Transactional
    ResponseEntity<byte[]> minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        MeetingRecords.Meeting meeting = viewable(user, id);
        audit.record(AuditAction.EXPORT, MeetingService.subject(id, meeting.childId()), List.of(), "Minutes (PDF)");
        Context context = new Context(Locale.UK);
        context.setVariable("meeting", meeting);
        context.setVariable("child", pages.child(meeting.childId()));
        context.setVariable("actions", records.actions(id));
        context.setVariable("dates", dates);
        byte[] body = pdf.render(templates.process("meeting/minutes", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-minutes-" + id.toString().substring(0, 8) + ".pdf").build().toString())
                .body(body);
    }

    private String childPage(Model model, ChildSummary child, CurrentUser user, RequestForm form) {
        model.addAttribute("child", child);
        model.addAttribute("criteria", criteria.evaluate(child.id(), clock.instant()));
        model.addAttribute("requirement", records.openRequirement(child.id()).orElse(null));
        model.addAttribute("meetings", records.forChild(child.id()));
        model.addAttribute("mayRecord", permissions.mayRecordMeeting(user));
        model.addAttribute("mayRequestAsPolice", permissions.mayRequestMeetingAsPolice(user));
        model.addAttribute("requestForm", form);
        model.addAttribute("notConvened", records.notConvened(child.id()));
        model.addAttribute("mayDecideNotToConvene", permissions.mayDecideNotToConvene(user));
        if (!model.containsAttribute("notConvenedForm")) {
            model.addAttribute("notConvenedForm", new NotConvenedForm());
        }
        return "meeting/child";
    }

    private String form(Model model, ChildSummary child, MeetingForm form) {
        MeetingService.Prepared prepared = service.prepare(child.id());
        model.addAttribute("child", child);
        model.addAttribute("prepared", prepared);
        model.addAttribute("meetingForm", form);
        model.addAttribute("people", directory.practitioners());
        model.addAttribute("yesNo", YES_NO);
        return "meeting/form";
    }

    private MeetingRecords.Meeting viewable(CurrentUser user, UUID id) {
        ChildPages.require(policy.mayViewMeetings(user));
        return records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }


}
