package org.homeward.records.internal;

import java.time.Clock;
import java.time.LocalDate;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.records.RecordSubjects;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A subject access request about a child: record who asked and when (due one calendar month after it
 * was received, UK GDPR Art. 12(3)), then download the child's whole record as JSON or PDF. File names
 * carry only the start of the record number.
 */
@Controller
class SubjectAccessController {

    private final SubjectAccessExports exports;
    private final SubjectAccessRequests requests;
    private final RecordSubjects subjects;
    private final AccessPolicy policy;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;
    private final Clock clock;

    SubjectAccessController(SubjectAccessExports exports, SubjectAccessRequests requests, RecordSubjects subjects,
                            AccessPolicy policy, ITemplateEngine templates, PdfRenderer pdf, Dates dates, Clock clock) {
        this.exports = exports;
        this.requests = requests;
        this.subjects = subjects;
        this.policy = policy;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/subject-access")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        RecordSubjects.Subject child = allowed(user, id);
        return page(model, child, new SubjectAccessForm(), List.of());
    }

    @PostMapping("/children/{id}/subject-access")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @Valid @ModelAttribute("subjectAccessForm") SubjectAccessForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        RecordSubjects.Subject child = allowed(user, id);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if ("REPRESENTATIVE".equals(form.getRequesterKind())) {
            FormChecks.required(form.getAuthority(), "authority",
                    "Enter the authority they have to act for the child or adult, and how you checked it", result);
        }
        Optional<LocalDate> received = FormChecks.date(form.receivedOn(), "receivedDay",
                "Enter the date the request was received", "Date the request was received", child.dateOfBirth(),
                "Date the request was received must be after the child was born", today,
                "Date the request was received must be today or in the past", result);
        if (!form.identityConfirmed()) {
            result.rejectValue("identityChecked", "required",
                    "Confirm that you have checked the identity of the person who asked");
        }
        if (result.hasErrors() || received.isEmpty()) {
            return page(model, child, form, FormErrors.summary(result, SubjectAccessForm.FIELD_ORDER));
        }
        // Art. 12(3): within one month of receipt; plusMonths keeps to the month's last day (31 January → 28 February).
        exports.recordRequest(id, form.getRequesterKind(), form.getRequesterName().strip(),
                FormChecks.trimmed(form.getAuthority()), received.get(), received.get().plusMonths(1), user);
        redirect.addFlashAttribute("success", "Subject access request recorded: respond by "
                + dates.date(received.get().plusMonths(1)));
        return "redirect:/children/" + id + "/subject-access";
    }

    @PostMapping("/children/{id}/subject-access/{request}/responded")
    String responded(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID request,
                     RedirectAttributes redirect) {
        allowed(user, id);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
        if (exports.recordResponse(id, request, today, user)) {
            redirect.addFlashAttribute("success", "Response to the subject access request recorded as sent today");
        }
        return "redirect:/children/" + id + "/subject-access";
    }

    @GetMapping(value = "/children/{id}/subject-access.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubjectAccessExport> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        RecordSubjects.Subject child = allowed(user, id);
        SubjectAccessExport export = exports.export(child, request(id), user, "JSON");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(id, "json"))).body(export);
    }

    @GetMapping("/children/{id}/subject-access.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        RecordSubjects.Subject child = allowed(user, id);
        SubjectAccessExport export = exports.export(child, request(id), user, "PDF");
        Context context = new Context(Locale.UK);
        context.setVariable("export", export);
        context.setVariable("dates", dates);
        byte[] body = pdf.render(templates.process("records/subject-access-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(id, "pdf"))).body(body);
    }

    /** An export answers a request: with none recorded there is nothing to download. */
    private SubjectAccessRequests.Request request(UUID childId) {
        return exports.latestRequest(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "Record the subject access request before exporting the record"));
    }

    private String page(Model model, RecordSubjects.Subject child, SubjectAccessForm form, List<FormErrors.Entry> errors) {
        model.addAttribute("child", child);
        model.addAttribute("subjectAccessForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("requests", requests.forChild(child.id()));
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.LONDON)));
        model.addAttribute("kinds", List.of(choice("CHILD"), choice("CARE_EXPERIENCED_ADULT"), choice("REPRESENTATIVE")));
        model.addAttribute("identityOptions", List.of(new Choice("yes",
                "I have checked the identity of the person who asked (and, for a representative, their authority)")));
        return "records/subject-access";
    }

    private static Choice choice(String code) {
        return new Choice(code, SubjectAccessForm.kindLabel(code));
    }

    private RecordSubjects.Subject allowed(CurrentUser user, UUID id) {
        if (!policy.mayHandleSubjectAccess(user, id)) {
            exports.refused(id);
            throw new AccessDeniedException("Your role does not allow you to handle subject access requests");
        }
        return subjects.subject(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The start of a record number tells files apart and says nothing about the child. */
    private static String fileName(UUID id, String extension) {
        return "subject-access-" + id.toString().substring(0, 8) + "." + extension;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }

    /** An option of radios or checkboxes. */
    public record Choice(String code, String label) {
    }
}
