package org.homeward.insight.internal.population;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.access.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.Csv;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page of child populations (SR-09): the populations entered, a form for one year and
 * council, and the import of a CSV file. Only administrators reach it; analysts see the rates it makes possible.
 */
@Controller
class PopulationController {

    private static final int PAGE_SIZE = 25;
    /** Beyond this many, the rest of a file's problems are counted rather than listed. */
    private static final int PROBLEMS_LISTED = 25;
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** The form for one year and council: the numbers keyed by {@link PopulationGroup#field()}. */
    public static class PopulationForm {
        private String year;
        private String authority;
        private Map<String, String> numbers = new LinkedHashMap<>();

        public String getYear() { return year; }
        public void setYear(String v) { year = v; }
        public String getAuthority() { return authority; }
        public void setAuthority(String v) { authority = v; }
        public Map<String, String> getNumbers() { return numbers; }
        public void setNumbers(Map<String, String> v) { numbers = v; }
    }

    /** One group's input as the form shows it. */
    record Input(String field, String label, String value, String error) {
    }

    private final ChildPopulation population;
    private final PopulationImport importer;
    private final Directory directory;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    PopulationController(ChildPopulation population, PopulationImport importer, Directory directory, AuditTrail audit,
                         TransactionTemplate tx, Clock clock) {
        this.population = population;
        this.importer = importer;
        this.directory = directory;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping("/insight/population")
    @org.springframework.transaction.annotation.Transactional
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        require(user);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-population", null, null), List.of(),
                "Child populations");
        return listPage(model, after, before);
    }

    @GetMapping("/insight/population/new")
    String blank(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(user);
        PopulationForm form = new PopulationForm();
        form.setYear(String.valueOf(LocalDate.now(clock.withZone(ClockConfiguration.LONDON)).getYear()));
        return formPage(model, form, Map.of(), List.of(), null);
    }

    @GetMapping("/insight/population/{id}")
    @org.springframework.transaction.annotation.Transactional
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(user);
        ChildPopulation.Entered entered = population.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PopulationForm form = new PopulationForm();
        form.setYear(String.valueOf(entered.year()));
        form.setAuthority(entered.authorityId() == null ? "" : entered.authorityId().toString());
        entered.children().forEach((g, n) -> form.getNumbers().put(g.field(), String.valueOf(n)));
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-population", id, null), List.of(),
                "Child population for " + entered.year());
        return formPage(model, form, Map.of(), List.of(), id);
    }

    /** Asks before deleting: a rate against no population is not shown, so the board loses it at once. */
    @GetMapping("/insight/population/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        require(user);
        ChildPopulation.Entered entered = population.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("populationId", id);
        model.addAttribute("described", described(entered));
        return "insight/population-delete";
    }

    @PostMapping("/insight/population/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        require(user);
        String described = tx.execute(s -> {
            ChildPopulation.Entered entered = population.find(id)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            population.delete(id);
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("insight-population", id, null), List.of(),
                    "Child population deleted: " + described(entered));
            return described(entered);
        });
        redirect.addFlashAttribute("success", "The child population for " + described + " was deleted");
        return "redirect:/insight/population";
    }

    /** "2025, the whole partnership" or "2025, Bristol City Council". */
    private String described(ChildPopulation.Entered entered) {
        String council = entered.authorityId() == null ? "the whole partnership"
                : directory.localAuthorities().stream().filter(o -> o.id().equals(entered.authorityId()))
                        .map(Directory.Option::name).findFirst().orElse("a council no longer in the partnership");
        return entered.year() + ", " + council;
    }

    @PostMapping("/insight/population")
    String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("populationForm") PopulationForm form,
                Model model, RedirectAttributes redirect) {
        require(user);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        Integer year = null;
        String y = form.getYear() == null ? "" : form.getYear().strip();
        if (!y.matches("[0-9]{4}") || Integer.parseInt(y) < 1990 || Integer.parseInt(y) > 2100) {
            fieldErrors.put("year", y.isEmpty() ? "Enter the year of the mid-year estimate, for example 2025"
                    : "Enter the year as 4 digits between 1990 and 2100, for example 2025");
        } else {
            year = Integer.parseInt(y);
        }
        UUID authority = null;
        String a = form.getAuthority() == null ? "" : form.getAuthority().strip();
        if (!a.isEmpty()) {
            authority = directory.localAuthorities().stream().map(Directory.Option::id)
                    .filter(id -> id.toString().equals(a)).findFirst().orElse(null);
            if (authority == null) {
                fieldErrors.put("authority", "Choose one of the partnership's councils, or the whole partnership");
            }
        }
        Map<PopulationGroup, Integer> children = new LinkedHashMap<>();
        for (PopulationGroup g : PopulationGroup.all()) {
            String value = form.getNumbers().getOrDefault(g.field(), "");
            String n = value == null ? "" : value.strip().replace(",", "");
            if (n.isEmpty()) {
                if (g == PopulationGroup.ALL || g.equals(PopulationGroup.ALL)) {
                    fieldErrors.put(g.field(), "Enter the number of all children under 18");
                }
                continue;
            }
            if (!n.matches("[0-9]{1,9}") || Integer.parseInt(n) > PopulationImport.MAX_CHILDREN) {
                fieldErrors.put(g.field(), "Enter the number of children " + describe(g)
                        + " as a whole number, for example 12500");
                continue;
            }
            children.put(g, Integer.parseInt(n));
        }
        for (PopulationGroup.Characteristic c : PopulationChecks.overTotal(children)) {
            fieldErrors.putIfAbsent(c.groups().get(0).field(), "The numbers by " + c.title().toLowerCase()
                    + " add up to more than all children");
        }
        if (!fieldErrors.isEmpty()) {
            List<FormErrors.Entry> summary = new ArrayList<>();
            fieldErrors.forEach((field, message) -> summary.add(new FormErrors.Entry(field, message)));
            return formPage(model, form, fieldErrors, summary, null);
        }
        int savedYear = year;
        UUID savedAuthority = authority;
        ChildPopulation.Saved saved = tx.execute(s -> {
            ChildPopulation.Saved done = population.save(savedYear, savedAuthority, children, true, user.displayName(),
                    clock.instant());
            audit.record(AuditAction.CHANGE, new AuditTrail.Subject("insight-population", null, null), List.of(),
                    "Child population for " + savedYear + ": " + describe(done));
            return done;
        });
        redirect.addFlashAttribute("success", "Population for " + year + " saved: " + describe(saved));
        return "redirect:/insight/population";
    }

    @PostMapping("/insight/population/import")
    String importFile(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect) throws IOException {
        require(user);
        List<String> problems;
        if (file == null || file.isEmpty()) {
            problems = List.of("Choose a CSV file to import");
        } else if (file.getSize() > MAX_FILE_BYTES) {
            problems = List.of("The file must be smaller than 2 MB: split it into smaller files");
        } else {
            PopulationImport.Outcome outcome = importer.importFile(file.getBytes(), user.displayName(), clock.instant());
            problems = outcome.problems();
            if (problems.isEmpty()) {
                tx.executeWithoutResult(s -> audit.record(AuditAction.CHANGE,
                        new AuditTrail.Subject("insight-population", null, null), List.of(),
                        "Imported a child population file of " + outcome.rows() + " rows: " + describe(outcome.saved())));
                redirect.addFlashAttribute("success", "File imported, " + outcome.rows() + " rows: "
                        + describe(outcome.saved()));
                return "redirect:/insight/population";
            }
        }
        List<FormErrors.Entry> errors = new ArrayList<>();
        problems.stream().limit(PROBLEMS_LISTED).forEach(p -> errors.add(new FormErrors.Entry("file", p)));
        if (problems.size() > PROBLEMS_LISTED) {
            errors.add(new FormErrors.Entry("file", "And " + (problems.size() - PROBLEMS_LISTED)
                    + " more problems: correct these and import the file again to see them"));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fileError", "The file was not imported: nothing in it has been saved. Correct the "
                + (problems.size() == 1 ? "problem" : problems.size() + " problems") + " and import it again");
        return listPage(model, null, null);
    }

    /** A file in the import's layout, with every group for one year: a starting point to fill in. */
    @GetMapping("/insight/population/example.csv")
    ResponseEntity<byte[]> example(@AuthenticationPrincipal CurrentUser user) {
        require(user);
        Csv csv = new Csv().row(PopulationImport.COLUMNS);
        int year = LocalDate.now(clock.withZone(ClockConfiguration.LONDON)).getYear();
        for (PopulationGroup g : PopulationGroup.all()) {
            csv.row(year, "", g.characteristic().name().toLowerCase(), g.code(), "");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"child-population.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String listPage(Model model, String after, String before) {
        Keyset.Page<ChildPopulation.Listed> page = population.list(Keyset.of(after, before, PAGE_SIZE));
        model.addAttribute("populations", page.rows());
        model.addAttribute("pagination", Pagination.keyset(UriComponentsBuilder.fromPath("/insight/population"), page));
        model.addAttribute("columns", String.join(",", PopulationImport.COLUMNS));
        return "insight/population";
    }

    private String formPage(Model model, PopulationForm form, Map<String, String> fieldErrors,
                            List<FormErrors.Entry> summary, UUID id) {
        Map<String, List<Input>> sections = new LinkedHashMap<>();
        for (PopulationGroup.Characteristic c : PopulationGroup.Characteristic.values()) {
            sections.put(c == PopulationGroup.Characteristic.ALL ? "All children under 18" : "By " + c.title()
                            .toLowerCase(),
                    c.groups().stream().map(g -> new Input(g.field(), g.label(), form.getNumbers().get(g.field()),
                            fieldErrors.get(g.field()))).toList());
        }
        model.addAttribute("populationForm", form);
        model.addAttribute("sections", sections);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errors", summary);
        model.addAttribute("councils", directory.localAuthorities());
        model.addAttribute("populationId", id);
        return "insight/population-form";
    }

    private static String describe(PopulationGroup g) {
        return g.equals(PopulationGroup.ALL) ? "under 18" : "for " + g.label();
    }

    private static String describe(ChildPopulation.Saved s) {
        if (s.added() + s.changed() + s.removed() == 0) {
            return "no change, every number was already held";
        }
        return s.added() + " added, " + s.changed() + " changed, " + s.unchanged() + " unchanged"
                + (s.removed() > 0 ? ", " + s.removed() + " removed" : "");
    }

    private static void require(CurrentUser user) {
        if (user == null || !user.has(Role.ADMINISTRATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
