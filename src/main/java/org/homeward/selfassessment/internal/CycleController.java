package org.homeward.selfassessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.homeward.platform.web.Keyset;
import org.homeward.platform.web.Pagination;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Cycles of the self-assessment: the list, starting one (fresh or from the last), its overview and participants. */
@Controller
class CycleController {

    static final List<Vocabularies.Term> YES_NO = List.of(new Vocabularies.Term("yes", "Yes"), new Vocabularies.Term("no", "No"));

    public static class CycleForm {
        private String name;
        private String questionnaire;
        private String council;
        private String separateAnswers;
        private String previous;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getQuestionnaire() { return questionnaire; }
        public void setQuestionnaire(String v) { questionnaire = v; }
        public String getCouncil() { return council; }
        public void setCouncil(String v) { council = v; }
        public String getSeparateAnswers() { return separateAnswers; }
        public void setSeparateAnswers(String v) { separateAnswers = v; }
        public String getPrevious() { return previous; }
        public void setPrevious(String v) { previous = v; }
    }

    /** The facilitator picks participants from one agency's people; the name narrows the list. */
    public static class ParticipantForm {
        private String agency;
        private String name;
        private List<String> people = new ArrayList<>();
        private String wantsCopy;

        public String getAgency() { return agency; }
        public void setAgency(String v) { agency = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public List<String> getPeople() { return people; }
        public void setPeople(List<String> v) { people = v == null ? new ArrayList<>() : v; }
        public String getWantsCopy() { return wantsCopy; }
        public void setWantsCopy(String v) { wantsCopy = v; }
    }

    /** How many of an agency's people the picker lists at once; a name narrows it. */
    static final int CANDIDATES = 50;

    private final Cycles cycles;
    private final Participants participants;
    private final CycleAnswers cycleAnswers;
    private final CycleHistory history;
    private final Questionnaires questionnaires;
    private final Directory directory;
    private final SelfAssessmentAccess access;

    CycleController(Cycles cycles, Participants participants, CycleAnswers cycleAnswers, CycleHistory history,
                    Questionnaires questionnaires, Directory directory, SelfAssessmentAccess access) {
        this.cycles = cycles;
        this.participants = participants;
        this.cycleAnswers = cycleAnswers;
        this.history = history;
        this.questionnaires = questionnaires;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/self-assessment")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String after,
                @RequestParam(required = false) String before, Model model) {
        Keyset.Page<Cycles.Cycle> page = cycles.forPerson(user.id(), Keyset.of(after, before, 25));
        model.addAttribute("cycles", page.rows());
        model.addAttribute("pagination", Pagination.keyset(ServletUriComponentsBuilder.fromCurrentRequest(), page));
        model.addAttribute("mayFacilitate", access.mayFacilitate(user));
        return "selfassessment/cycles";
    }

    @GetMapping("/self-assessment/new")
    String newCycle(@AuthenticationPrincipal CurrentUser user, Model model) {
        SelfAssessmentAccess.require(access.mayFacilitate(user));
        CycleForm form = new CycleForm();
        questionnaires.latest(1).stream().findFirst().ifPresent(q -> form.setQuestionnaire(q.id().toString()));
        return form(user, form, model);
    }

    @PostMapping("/self-assessment/new")
    @Transactional
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("cycleForm") CycleForm form,
                  BindingResult result, Model model) {
        SelfAssessmentAccess.require(access.mayFacilitate(user));
        FormChecks.required(form.getName(), "name", "Enter a name for the self-assessment", result);
        FormChecks.maxLength(form.getName(), 200, "name", "The name must be 200 characters or fewer", result);
        UUID questionnaire = chosen(form.getQuestionnaire(), questionnaires.latest(50).stream().map(Questionnaires.Row::id).toList());
        if (questionnaire == null) {
            result.rejectValue("questionnaire", "required", "Select the questionnaire");
        }
        UUID council = chosen(form.getCouncil(), directory.localAuthorities().stream().map(Directory.Option::id).toList());
        if (council == null && form.getCouncil() != null && !form.getCouncil().isBlank()) {
            result.rejectValue("council", "invalid", "Select a council, or the whole partnership");
        }
        FormChecks.yesNo(form.getSeparateAnswers(), "separateAnswers",
                "Select whether each agency answers separately first", "Select yes or no", result);
        List<Cycles.Cycle> earlier = cycles.earlier(user.id());
        UUID previous = chosen(form.getPrevious(), earlier.stream().map(Cycles.Cycle::id).toList());
        if (previous == null && form.getPrevious() != null && !form.getPrevious().isBlank()) {
            result.rejectValue("previous", "invalid", "Select one of your earlier self-assessments, or none");
        }
        if (previous != null && questionnaire != null && earlier.stream()
                .noneMatch(c -> c.id().equals(previous) && c.questionnaireId().equals(questionnaire))) {
            result.rejectValue("previous", "questionnaire",
                    "The earlier self-assessment used another questionnaire: start afresh, or choose that questionnaire");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, List.of("name", "questionnaire", "council",
                    "separateAnswers", "previous")));
            return form(user, form, model);
        }
        UUID id = cycles.create(form.getName().strip(), questionnaire, council, user, "yes".equals(form.getSeparateAnswers()),
                previous);
        return "redirect:/self-assessment/" + id;
    }

    private static UUID chosen(String value, List<UUID> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return allowed.stream().filter(id -> id.toString().equals(value)).findFirst().orElse(null);
    }

    private String form(CurrentUser user, CycleForm form, Model model) {
        model.addAttribute("cycleForm", form);
        model.addAttribute("questionnaires", questionnaires.latest(50).stream()
                .map(q -> new Vocabularies.Term(q.id().toString(), q.title() + " (" + q.key() + " " + q.version()
                        + (q.reconstruction() ? ", reconstruction" : "") + ")")).toList());
        model.addAttribute("councils", directory.localAuthorities());
        model.addAttribute("earlier", cycles.earlier(user.id()));
        model.addAttribute("yesNo", YES_NO);
        return "selfassessment/new";
    }

    @GetMapping("/self-assessment/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam(required = false) String agency, @RequestParam(required = false) String name, Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        ParticipantForm form = new ParticipantForm();
        form.setAgency(agency);
        form.setName(name == null ? null : name.strip());
        form.setWantsCopy("yes");
        model.addAttribute("participantForm", form);
        return overview(user, cycle, model);
    }

    private String overview(CurrentUser user, Cycles.Cycle cycle, Model model) {
        Questionnaire q = questionnaires.of(cycle.questionnaireId());
        boolean facilitator = cycle.facilitatedBy(user);
        List<Participants.Participant> taking = participants.of(cycle.id());
        model.addAttribute("cycle", cycle);
        model.addAttribute("questionnaire", q);
        model.addAttribute("results", AreaResults.of(q, cycleAnswers.answers(cycle.id())));
        model.addAttribute("participants", taking);
        model.addAttribute("me", taking.stream().filter(p -> p.userId().equals(user.id())).findFirst().orElse(null));
        model.addAttribute("facilitator", facilitator);
        model.addAttribute("yesNo", YES_NO);
        if (facilitator) {
            ParticipantForm form = (ParticipantForm) model.getAttribute("participantForm");
            List<Directory.Option> agencies = directory.allAgencies();
            model.addAttribute("agencies", agencies);
            UUID agency = chosen(form.getAgency(), agencies.stream().map(Directory.Option::id).toList());
            if (agency != null) {
                String name = FormChecks.trimmed(form.getName());
                List<Participants.Candidate> found = participants.candidates(cycle.id(), agency,
                        name == null ? null : name.substring(0, Math.min(name.length(), 100)), CANDIDATES + 1);
                model.addAttribute("pickedAgency", agencies.stream().filter(a -> a.id().equals(agency)).findFirst().orElseThrow());
                model.addAttribute("candidates", found.stream().limit(CANDIDATES).map(c -> new Vocabularies.Term(
                        c.id().toString(), c.displayName() + (c.email() == null ? " (no email address)" : ""))).toList());
                model.addAttribute("moreCandidates", found.size() > CANDIDATES);
            }
        }
        return "selfassessment/cycle";
    }

    @PostMapping("/self-assessment/{id}/participants")
    @Transactional
    String addParticipants(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                           @ModelAttribute("participantForm") ParticipantForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.facilitated(id, user);
        UUID agency = chosen(form.getAgency(), directory.allAgencies().stream().map(Directory.Option::id).toList());
        if (agency == null) {
            result.rejectValue("agency", "required", "Select the participants' agency");
        }
        FormChecks.yesNo(form.getWantsCopy(), "wantsCopy", "Select whether they want a copy of the answers by email",
                "Select yes or no", result);
        List<UUID> ids = new ArrayList<>();
        for (String p : form.getPeople()) {
            try {
                ids.add(UUID.fromString(p));
            } catch (IllegalArgumentException e) {
                // Not one of the people offered: counted below as not found.
            }
        }
        List<Participants.Person> people = agency == null ? List.of() : participants.people(agency, ids);
        if (agency != null && form.getPeople().isEmpty()) {
            result.rejectValue("people", "required", "Select at least one person to take part");
        } else if (agency != null && people.size() != form.getPeople().stream().distinct().count()) {
            result.rejectValue("people", "unknown", "Select people from the list: someone selected is no longer in Homeward");
        } else if ("yes".equals(form.getWantsCopy())) {
            List<String> noEmail = people.stream().filter(p -> !p.hasEmail()).map(Participants.Person::displayName).toList();
            if (!noEmail.isEmpty()) {
                result.rejectValue("wantsCopy", "noEmail", String.join(", ", noEmail)
                        + (noEmail.size() == 1 ? " has" : " have") + " no email address in Homeward: ask an administrator"
                        + " to add one, add them separately, or select no");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, List.of("agency", "people", "wantsCopy")));
            return overview(user, cycle, model);
        }
        for (Participants.Person person : people) {
            participants.add(id, person, "yes".equals(form.getWantsCopy()), user.displayName());
        }
        redirect.addFlashAttribute("success", String.join(", ", people.stream().map(Participants.Person::displayName).toList())
                + (people.size() == 1 ? " takes part" : " take part"));
        return "redirect:/self-assessment/" + id;
    }

    /** A participant asks for a copy of the answers by email, or stops asking. */
    @PostMapping("/self-assessment/{id}/copy")
    @Transactional
    String copy(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                @RequestParam(required = false) String wantsCopy, Model model, RedirectAttributes redirect) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Participants.Participant me = participants.of(id).stream().filter(p -> p.userId().equals(user.id())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        String error = null;
        if (!FormChecks.oneOf(wantsCopy, Set.of("yes", "no"))) {
            error = "Select whether you want a copy of the answers by email";
        } else if ("yes".equals(wantsCopy) && me.email() == null) {
            error = "You have no email address in Homeward: ask an administrator to add one";
        }
        if (error != null) {
            ParticipantForm form = new ParticipantForm();
            form.setWantsCopy("yes");
            model.addAttribute("participantForm", form);
            model.addAttribute("copyError", error);
            model.addAttribute("errors", List.of(new FormErrors.Entry("wantsCopy-me", error)));
            return overview(user, cycle, model);
        }
        participants.wantsCopy(id, user.id(), user.displayName(), "yes".equals(wantsCopy));
        redirect.addFlashAttribute("success", "yes".equals(wantsCopy)
                ? "You will get a copy of the answers when the facilitator emails them" : "You will not get a copy of the answers by email");
        return "redirect:/self-assessment/" + id;
    }

    @GetMapping("/self-assessment/{id}/history")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
                   @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                   Model model) {
        Cycles.Cycle cycle = cycles.visible(id, user);
        Keyset.Page<CycleHistory.Change> page = history.page(id, Keyset.numbered(after, before, 50));
        model.addAttribute("cycle", cycle);
        model.addAttribute("changes", page.rows());
        model.addAttribute("pagination", Pagination.keyset(ServletUriComponentsBuilder.fromCurrentRequest(), page));
        return "selfassessment/history";
    }

}
