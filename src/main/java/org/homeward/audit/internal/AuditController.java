package org.homeward.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Auditors search the trail by child, by user and by date. */
@Controller
class AuditController {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(name = "child", required = false) String child,
                 @RequestParam(name = "user", required = false) String user,
                 @RequestParam(name = "from", required = false) String from,
                 @RequestParam(name = "to", required = false) String to,
                 @RequestParam(name = "page", defaultValue = "1") int page,
                 Model model) {
        List<FormErrors.Entry> errors = new ArrayList<>();
        UUID childId = null;
        if (child != null && !child.isBlank()) {
            try {
                childId = UUID.fromString(child.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FormErrors.Entry("child", "Enter the child's record number as shown on their record"));
            }
        }
        LocalDate fromDate = parseDate(from, "from", "Enter the start date as day/month/year, for example 1/11/2026", errors);
        LocalDate toDate = parseDate(to, "to", "Enter the end date as day/month/year, for example 30/11/2026", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FormErrors.Entry("to", "The end date must be the same as or after the start date"));
        }
        model.addAttribute("child", child);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            int current = Math.max(1, page);
            List<AuditSearch.Entry> entries = search.find(new AuditSearch.Criteria(childId, user, fromDate, toDate), current);
            model.addAttribute("entries", entries.stream().limit(AuditSearch.PAGE_SIZE).toList());
            model.addAttribute("page", current);
            model.addAttribute("hasNext", entries.size() > AuditSearch.PAGE_SIZE);
        }
        return "audit/trail";
    }

    private static LocalDate parseDate(String value, String field, String message, List<FormErrors.Entry> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), UK_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new FormErrors.Entry(field, message));
            return null;
        }
    }
}
