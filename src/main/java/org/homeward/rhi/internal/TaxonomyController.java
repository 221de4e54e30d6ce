package org.homeward.rhi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.Refusals;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.VocabularyEditor;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the coded lists the interview form offers: push factors, pull factors and harms
 * (DOMAIN.md CR-10). A change takes effect from today; retired codes stay on the interviews that used them.
 */
@Controller
class TaxonomyController {

    /** A list as its address names it, and as a page names one of its codes. */
    record Taxonomy(String slug, String vocabulary, String title, String singular) {
    }

    static final Map<String, Taxonomy> LISTS = Map.of(
            "push-factors", new Taxonomy("push-factors", InterviewAnswers.PUSH, "Push factors", "push factor"),
            "pull-factors", new Taxonomy("pull-factors", InterviewAnswers.PULL, "Pull factors", "pull factor"),
            "harms", new Taxonomy("harms", InterviewAnswers.HARM, "Harms", "harm"));
    private static final List<String> ORDER = List.of("push-factors", "pull-factors", "harms");
    private static final int MAX_LABEL = 200;

    /** The label typed for a new or renamed code. */
    public static class TermForm {
        private String label;

        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
    }

    private final VocabularyEditor editor;
    private final AccessPolicy policy;
    private final Refusals refusals;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    TaxonomyController(VocabularyEditor editor, AccessPolicy policy, Refusals refusals, AuditTrail audit, Clock clock,
                       JdbcClient jdbc) {
        this.editor = editor;
        this.policy = policy;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @GetMapping("/return-interviews/taxonomy")
    String lists(@AuthenticationPrincipal CurrentUser user, Model model) {
        allowed(user);
        model.addAttribute("lists", ORDER.stream().map(LISTS::get).toList());
        model.addAttribute("entries", ORDER.stream().collect(java.util.stream.Collectors.toMap(s -> s,
                s -> editor.entries(LISTS.get(s).vocabulary()))));
        return "rhi/taxonomy";
    }

    @GetMapping("/return-interviews/taxonomy/{list}/new")
    String newTerm(@AuthenticationPrincipal CurrentUser user, @PathVariable String list, Model model) {
        allowed(user);
        return term(model, taxonomy(list), null, new TermForm(), List.of());
    }

    @PostMapping("/return-interviews/taxonomy/{list}")
    @Transactional
    public String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String list,
                      @ModelAttribute("termForm") TermForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        allowed(user);
        Taxonomy t = taxonomy(list);
        String label = label(t, form, null, result);
        if (result.hasErrors()) {
            return term(model, t, null, form, FormErrors.summary(result, List.of("label")));
        }
        String code = editor.add(t.vocabulary(), label, today());
        audit.record(AuditAction.CREATE, subject(), List.of(t.title()), "Added " + code + ": " + label);
        redirect.addFlashAttribute("success", "Added the " + t.singular() + " ‘" + label + "’");
        return "redirect:/return-interviews/taxonomy";
    }

    @GetMapping("/return-interviews/taxonomy/{list}/{code}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String list, @PathVariable String code,
                  Model model) {
        allowed(user);
        Taxonomy t = taxonomy(list);
        VocabularyEditor.Entry entry = entry(t, code);
        TermForm form = new TermForm();
        form.setLabel(entry.label());
        return term(model, t, entry, form, List.of());
    }

    @PostMapping("/return-interviews/taxonomy/{list}/{code}")
    @Transactional
    public String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable String list, @PathVariable String code,
                         @ModelAttribute("termForm") TermForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        allowed(user);
        Taxonomy t = taxonomy(list);
        VocabularyEditor.Entry entry = entry(t, code);
        if (entry.retired()) {
            result.reject("retired", "This " + t.singular() + " is retired: add a new one instead");
        }
        String label = label(t, form, code, result);
        if (result.hasErrors()) {
            return term(model, t, entry, form, FormErrors.summary(result, List.of("label")));
        }
        if (!label.equals(entry.label())) {
            editor.rename(t.vocabulary(), code, label, today());
            audit.record(AuditAction.CHANGE, subject(), List.of(t.title()),
                    "Renamed " + code + " from ‘" + entry.label() + "’ to ‘" + label + "’");
        }
        redirect.addFlashAttribute("success", "Renamed the " + t.singular() + " ‘" + label + "’");
        return "redirect:/return-interviews/taxonomy";
    }

    @PostMapping("/return-interviews/taxonomy/{list}/{code}/retire")
    @Transactional
    public String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable String list, @PathVariable String code,
                         Model model, RedirectAttributes redirect) {
        allowed(user);
        Taxonomy t = taxonomy(list);
        VocabularyEditor.Entry entry = entry(t, code);
        if (entry.retired()) {
            return "redirect:/return-interviews/taxonomy";
        }
        boolean unused = jdbc.sql("select count(*) from rhi_factor where vocabulary = :v and code = :c")
                .param("v", t.vocabulary()).param("c", code).query(Long.class).single() == 0;
        if (!editor.retire(t.vocabulary(), code, today(), unused)) {
            TermForm form = new TermForm();
            form.setLabel(entry.label());
            BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "termForm");
            result.reject("usedToday", "It was added today and is already on an interview: retire it tomorrow");
            return term(model, t, entry, form, FormErrors.summary(result, List.of("label")));
        }
        audit.record(AuditAction.CHANGE, subject(), List.of(t.title()), "Retired " + code + ": " + entry.label());
        redirect.addFlashAttribute("success", "Retired the " + t.singular() + " ‘" + entry.label()
                + "’: interviews that used it keep it");
        return "redirect:/return-interviews/taxonomy";
    }

    /** The label, checked: present, not too long, and not the label of another code in force on the list. */
    private String label(Taxonomy t, TermForm form, String code, BindingResult result) {
        String label = FormChecks.trimmed(form.getLabel());
        FormChecks.required(label, "label", "Enter the " + t.singular() + " as the form should show it", result);
        FormChecks.maxLength(label, MAX_LABEL, "label", "The " + t.singular() + " must be " + MAX_LABEL
                + " characters or fewer", result);
        if (label != null && editor.entries(t.vocabulary()).stream().anyMatch(e -> !e.retired()
                && !e.code().equals(code) && e.label().toLowerCase(Locale.UK).equals(label.toLowerCase(Locale.UK)))) {
            result.rejectValue("label", "duplicate", "There is already a " + t.singular() + " ‘" + label + "’");
        }
        return label;
    }

    private String term(Model model, Taxonomy t, VocabularyEditor.Entry entry, TermForm form,
                        List<FormErrors.Entry> errors) {
        model.addAttribute("taxonomy", t);
        model.addAttribute("entry", entry);
        model.addAttribute("termForm", form);
        model.addAttribute("errors", errors);
        return "rhi/term";
    }

    private void allowed(CurrentUser user) {
        refusals.require(policy.mayAdminister(user), "rhi-taxonomy", null, List.of());
    }

    private static Taxonomy taxonomy(String slug) {
        Taxonomy t = LISTS.get(slug);
        if (t == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return t;
    }

    private VocabularyEditor.Entry entry(Taxonomy t, String code) {
        return editor.entry(t.vocabulary(), code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.LONDON));
    }

    private static AuditTrail.Subject subject() {
        return new AuditTrail.Subject("rhi-taxonomy", null, null);
    }
}
