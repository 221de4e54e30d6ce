package org.homeward.insight.internal.why;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.insight.internal.EpisodeFacts;
import org.homeward.insight.internal.FigureLinks;
import org.homeward.insight.internal.InsightAccess;
import org.homeward.insight.internal.InsightQuestion;
import org.homeward.insight.internal.InsightScope;
import org.homeward.insight.internal.Pseudonyms;
import org.homeward.insight.internal.Suppression;
import org.homeward.platform.ClockConfiguration;
import org.homeward.platform.web.Dates;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.homeward.platform.web.PeriodForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Why children go missing (DOMAIN.md SR-04): the factors coded at return interviews for a period and the councils
 * the viewer may see, and what children said about each, under pseudonyms.
 */
@Controller
class WhyController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final int WORDS_PER_PAGE = 20;

    /** One interview's words as shown: the child's pseudonym and the month, never a name. */
    record Said(String pseudonym, String month, String words, String detail) {
    }

    private final InsightQuestion question;
    private final WhyFigures figures;
    private final WhyTables tables;
    private final WhyWords words;
    private final EpisodeFacts facts;
    private final InsightAccess access;
    private final Suppression suppression;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;
    private final Dates dates;

    WhyController(InsightQuestion question, WhyFigures figures, WhyTables tables, WhyWords words, EpisodeFacts facts,
                  InsightAccess access, Suppression suppression, Pseudonyms pseudonyms, AuditTrail audit, Dates dates) {
        this.question = question;
        this.figures = figures;
        this.tables = tables;
        this.words = words;
        this.facts = facts;
        this.access = access;
        this.suppression = suppression;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.dates = dates;
    }

    @GetMapping("/insight/why")
    @Transactional
    String why(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
               @RequestParam(name = "authority", required = false) String authority, Model model) {
        Optional<InsightQuestion.Asked> checked = setUp(user, period, authority, model);
        if (checked.isEmpty()) {
            return "insight/why";
        }
        InsightScope.Shown shown = checked.get().shown();
        LocalDate from = checked.get().from();
        LocalDate to = checked.get().to();
        WhyFigures.Figures f = figures.figures(from, to, shown.authorities());
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-why", null, null), List.of(),
                "Why children go missing, " + from + " to " + to + " for " + shown.name());
        model.addAttribute("tables", tables.shown(f, shown.name(), counted()));
        model.addAttribute("charts", tables.charts(f));
        model.addAttribute("figureLinks", tables.links(f, FigureLinks.of(!access.pseudonymised(user), from, to,
                shown.chosen())));
        Map<String, String> wordsLinks = new HashMap<>();
        for (WhyFigures.Term t : figures.terms()) {
            String factor = t.vocabulary() + "." + t.code();
            wordsLinks.put(factor, query("/insight/why/words/" + factor, from, to, shown).build().toUriString());
        }
        model.addAttribute("wordsLinks", wordsLinks);
        return "insight/why";
    }

    @GetMapping("/insight/why/words/{factor}")
    @Transactional
    String words(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("period") PeriodForm period,
                 @RequestParam(name = "authority", required = false) String authority, @PathVariable String factor,
                 @RequestParam(name = "after", required = false) String after,
                 @RequestParam(name = "before", required = false) String before, Model model) {
        WhyFigures.Term term = term(factor);
        Optional<InsightQuestion.Asked> checked = setUp(user, period, authority, model);
        model.addAttribute("term", term);
        if (checked.isEmpty()) {
            return "insight/why-words";
        }
        InsightScope.Shown shown = checked.get().shown();
        LocalDate from = checked.get().from();
        LocalDate to = checked.get().to();
        model.addAttribute("back", query("/insight/why", from, to, shown).build().toUriString());
        long interviews = words.interviews(from, to, shown.authorities(), term.vocabulary(), term.code());
        model.addAttribute("interviews", suppression.count(interviews));
        boolean hidden = suppression.hides(interviews);
        model.addAttribute("hidden", hidden);
        String what = "Children's words on \"" + term.label() + "\", " + from + " to " + to + " for " + shown.name();
        if (hidden) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-why-words", null, null), List.of(),
                    what + " (too few interviews to show)");
            return "insight/why-words";
        }
        Keyset keyset = Keyset.of(after, before, WORDS_PER_PAGE);
        Keyset.Page<WhyWords.Said> page = words.page(from, to, shown.authorities(), term.vocabulary(), term.code(),
                keyset);
        audit.record(AuditAction.VIEW, new AuditTrail.Subject("insight-why-words", null, null), List.of(),
                what + " (" + page.rows().size() + " shown)");
        // Each child whose words were read has it in their own trail, as any read of their record has.
        for (WhyWords.Said s : page.rows()) {
            audit.record(AuditAction.VIEW, new AuditTrail.Subject("rhi-interview", s.offerId(), s.childId()), List.of(),
                    "Words read in insight under the child's pseudonym: " + term.label());
        }
        model.addAttribute("said", page.rows().stream().map(s -> new Said(pseudonyms.of(s.childId()),
                s.heldAt().atZone(ClockConfiguration.LONDON).format(MONTH), s.words(), s.detail())).toList());
        model.addAttribute("pagination", Pagination.keyset(query("/insight/why/words/" + factor, from, to, shown),
                page));
        return "insight/why-words";
    }

    /** Access, scope and period, common to both pages; empty (and the errors in the model) when the period is wrong. */
    private Optional<InsightQuestion.Asked> setUp(CurrentUser user, PeriodForm period, String authority, Model model) {
        Optional<InsightQuestion.Asked> asked = question.ask(user, period, authority, model);
        model.addAttribute("counted", counted());
        return asked;
    }

    /** A factor named in an address ("rhi-push-factor.BULLYING"); anything else is not a page. */
    private WhyFigures.Term term(String factor) {
        return figures.terms().stream().filter(t -> (t.vocabulary() + "." + t.code()).equals(factor)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String counted() {
        return facts.asAt().map(at -> "Records as at " + dates.dateTime(at) + ".")
                .orElse("The records have not been counted yet.");
    }

    static UriComponentsBuilder query(String path, LocalDate from, LocalDate to, InsightScope.Shown shown) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path)
                .queryParam("fromDay", from.getDayOfMonth()).queryParam("fromMonth", from.getMonthValue())
                .queryParam("fromYear", from.getYear()).queryParam("toDay", to.getDayOfMonth())
                .queryParam("toMonth", to.getMonthValue()).queryParam("toYear", to.getYear());
        UUID chosen = shown.chosen();
        return chosen == null ? b : b.queryParam("authority", chosen);
    }
}
