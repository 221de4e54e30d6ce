package org.homeward.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.child.ChildSummary;
import org.homeward.child.Children;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Csv;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.FormErrors;
import org.homeward.sharing.Share;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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

/** A child's information sharing register, one share, recording a share by hand, and the exports. */
@Controller
class SharingController {

    private final ShareService service;
    private final Children children;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate own;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;

    private final Agreements agreements;

    SharingController(ShareService service, Children children, AccessPolicy policy, AuditTrail audit,
                      PlatformTransactionManager transactions, ITemplateEngine templates, PdfRenderer pdf,
                      Dates dates, Agreements agreements) {
        this.agreements = agreements;
        this.service = service;
        this.children = children;
        this.policy = policy;
        this.audit = audit;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/children/{id}/shares")
    String register(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ChildSummary child = child(id);
        require(policy.mayViewShares(user, id), null, id);
        model.addAttribute("child", child);
        model.addAttribute("shares", service.open(id));
        model.addAttribute("mayRecord", policy.mayRecordShare(user, id));
        return "sharing/register";
    }

    @GetMapping("/shares/{id}")
    String share(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        Share share = service.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        require(policy.mayViewShares(user, share.childId()), id, share.childId());
        model.addAttribute("share", service.openOne(share));
        model.addAttribute("betweenAgencies", share.fromAgencyId() != null && share.toAgencyId() != null);
        model.addAttribute("agreement", agreements.inForce(share.fromAgencyId(), share.toAgencyId(),
                share.sharedAt().atZone(ClockConfiguration.LONDON).toLocalDate()).orElse(null));
        model.addAttribute("child", child(share.childId()));
        return "sharing/show";
    }

    @GetMapping("/children/{id}/shares/new")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam(name = "direction", required = false) String direction, Model model) {
        ChildSummary child = child(id);
        require(policy.mayRecordShare(user, id), null, id);
        return form(model, child, service.blank(user, "RECEIVED".equals(direction)), user);
    }

    @PostMapping("/children/{id}/shares")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                  @ModelAttribute("shareForm") ShareForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ChildSummary child = child(id);
        require(policy.mayRecordShare(user, id), null, id);
        Optional<UUID> share = service.recordByHand(id, form, result, user);
        if (share.isEmpty()) {
            model.addAttribute("errors", FormErrors.summary(result, ShareForm.FIELD_ORDER));
            return form(model, child, form, user);
        }
        redirect.addFlashAttribute("success", "Information share recorded");
        return policy.mayViewShares(user, id) ? "redirect:/shares/" + share.get() : "redirect:/children/" + id;
    }

    @GetMapping("/children/{id}/shares.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        child(id);
        require(policy.mayViewShares(user, id), null, id);
        Csv csv = new Csv().row("Shared or received", "What", "Document", "From", "To", "When", "How", "Purpose",
                "Lawful basis", "Consent", "Evidence", "Third-party information", "Provenance", "Recorded",
                "Recorded at", "Share");
        for (ShareView s : service.export(id, "CSV")) {
            // Arrays.asList: a share may leave cells empty (no document, no third-party information).
            csv.row(java.util.Arrays.asList(s.direction(), s.what(), s.document(), s.from(), s.to(),
                    dates.dateTime(s.sharedAt()), s.how(), s.purpose(), s.lawfulBasis(), s.consent(), s.evidence(),
                    s.thirdParty(), s.provenance(), s.recorded(), dates.dateTime(s.recordedAt()), s.id().toString()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("csv", id))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/children/{id}/shares.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        ChildSummary child = child(id);
        require(policy.mayViewShares(user, id), null, id);
        Context context = new Context(Locale.UK);
        context.setVariable("child", child);
        context.setVariable("shares", service.export(id, "PDF"));
        context.setVariable("dates", dates);
        byte[] body = pdf.render(templates.process("sharing/register-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf", id)).body(body);
    }

    /** File names carry no personal data: the record's number only. */
    private static String attachment(String extension, UUID childId) {
        return ContentDisposition.attachment()
                .filename("information-sharing-register-" + childId.toString().substring(0, 8) + "." + extension)
                .build().toString();
    }

    private String form(Model model, ChildSummary child, ShareForm form, CurrentUser user) {
        model.addAttribute("child", child);
        model.addAttribute("shareForm", form);
        model.addAttribute("agencies", service.agencies());
        model.addAttribute("documents", service.terms(Register.DOCUMENT));
        model.addAttribute("methods", service.terms(Register.METHOD));
        model.addAttribute("article6", service.terms(Register.ARTICLE_6));
        model.addAttribute("article9", service.terms(Register.ARTICLE_9));
        model.addAttribute("schedule1", service.terms(Register.SCHEDULE_1));
        model.addAttribute("consents", service.terms(Register.CONSENT));
        model.addAttribute("mayView", policy.mayViewShares(user, child.id()));
        return "sharing/form";
    }

    private ChildSummary child(UUID id) {
        return children.summary(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Refuses unless allowed, keeping the refusal in the audit trail (in its own transaction, as the request fails). */
    private void require(boolean allowed, UUID shareId, UUID childId) {
        if (!allowed) {
            own.executeWithoutResult(status -> audit.record(AuditAction.REFUSED,
                    new AuditTrail.Subject(ShareService.RECORD_TYPE, shareId, childId), List.of(), null));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
