package org.homeward.child.internal;

import java.util.Locale;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The police information pack: the current one, generated on request so that it is never older than
 * the record, and the one issued when an episode was reported, as the police were given it. The
 * issued pack is served here, under its episode's address, because this module keeps it. File names
 * carry only the start of a record number: no name or date of birth leaves in a file name.
 */
@Controller
class PolicePackController {

    private final PolicePackAssembler assembler;
    private final PolicePackIssues issues;
    private final AccessPolicy policy;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;

    PolicePackController(PolicePackAssembler assembler, PolicePackIssues issues, AccessPolicy policy,
                         ITemplateEngine templates, PdfRenderer pdf, Dates dates) {
        this.assembler = assembler;
        this.issues = issues;
        this.policy = policy;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/children/{id}/police-pack.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        PolicePack pack = assembler.export(id, user, policy.maySeeSpecialCategory(user), "PDF");
        return pdf(pack, fileName("police-pack", id, "pdf"));
    }

    @GetMapping(value = "/children/{id}/police-pack.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PolicePack> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        PolicePack pack = assembler.export(id, user, policy.maySeeSpecialCategory(user), "JSON");
        return json(pack, fileName("police-pack", id, "json"));
    }

    @GetMapping("/episodes/{id}/police-pack.pdf")
    ResponseEntity<byte[]> issuedPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        return pdf(issued(id, user, "PDF"), fileName("police-pack-issued", id, "pdf"));
    }

    @GetMapping(value = "/episodes/{id}/police-pack.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PolicePack> issuedJson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        return json(issued(id, user, "JSON"), fileName("police-pack-issued", id, "json"));
    }

    private PolicePack issued(UUID episodeId, CurrentUser user, String format) {
        return issues.export(episodeId, policy.maySeeSpecialCategory(user), format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<byte[]> pdf(PolicePack pack, String filename) {
        Context context = new Context(Locale.UK);
        context.setVariable("pack", pack);
        context.setVariable("dates", dates);
        byte[] body = pdf.render(templates.process("child/police-pack", context));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .body(body);
    }

    private static ResponseEntity<PolicePack> json(PolicePack pack, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
                .body(pack);
    }

    /** The start of a record number tells files apart and says nothing about the child. */
    private static String fileName(String prefix, UUID id, String extension) {
        return prefix + "-" + id.toString().substring(0, 8) + "." + extension;
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }

    private void requireExport(CurrentUser user) {
        if (!policy.mayExportPolicePack(user)) {
            throw new AccessDeniedException("Your role does not allow you to export the police information pack");
        }
    }
}
