package org.homeward.child.internal;

import java.util.Locale;
import java.util.UUID;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.PdfRenderer;
import org.homeward.platform.web.Dates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The police information pack, generated on request so that it is never older than the record.
 * File names carry only the start of the record number: no name or date of birth leaves in a file name.
 */
@Controller
class PolicePackController {

    private final PolicePackAssembler assembler;
    private final AccessPolicy policy;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final Dates dates;

    PolicePackController(PolicePackAssembler assembler, AccessPolicy policy, ITemplateEngine templates,
                         PdfRenderer pdf, Dates dates) {
        this.assembler = assembler;
        this.policy = policy;
        this.templates = templates;
        this.pdf = pdf;
        this.dates = dates;
    }

    @GetMapping("/children/{id}/police-pack.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        PolicePack pack = assembler.export(id, user, policy.maySeeSpecialCategory(user), "PDF");
        Context context = new Context(Locale.UK);
        context.setVariable("pack", pack);
        context.setVariable("dates", dates);
        byte[] body = pdf.render(templates.process("child/police-pack", context));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, "pdf"))
                .body(body);
    }

    @GetMapping(value = "/children/{id}/police-pack.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PolicePack> json(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        requireExport(user);
        PolicePack pack = assembler.export(id, user, policy.maySeeSpecialCategory(user), "JSON");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, "json"))
                .body(pack);
    }

    private static String attachment(UUID id, String extension) {
        return ContentDisposition.attachment()
                .filename("police-pack-" + id.toString().substring(0, 8) + "." + extension).build().toString();
    }

    private void requireExport(CurrentUser user) {
        if (!policy.mayExportPolicePack(user)) {
            throw new AccessDeniedException("Your role does not allow you to export the police information pack");
        }
    }
}
