package org.homeward.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
                 @RequestParam(name = "after", required = false) String after,
                 @RequestParam(name = "before", required = false) String before,
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
            AuditSearch.Criteria criteria = new AuditSearch.Criteria(childId, user, fromDate, toDate);
            Keyset.Page<AuditSearch.Entry> page = search.find(criteria, Keyset.numbered(after, before, AuditSearch.PAGE_SIZE));
            if (page.isEmpty() && (after != null || before != null)) {
                page = search.find(criteria, Keyset.numbered(null, null, AuditSearch.PAGE_SIZE));
            }
            model.addAttribute("entries", page.rows());
            model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/audit")
                    .queryParamIfPresent("child", Optional.ofNullable(child).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("user", Optional.ofNullable(user).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("from", Optional.ofNullable(from).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("to", Optional.ofNullable(to).filter(s -> !s.isBlank())), page));
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
