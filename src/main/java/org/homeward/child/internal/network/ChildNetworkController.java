package org.homeward.child.internal.network;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.homeward.access.CurrentUser;
import org.homeward.child.ChildSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's associates or locations: the list, adding one and unlinking one. Each kind's controller maps it under
 * {@code /children/{id}/<kind>} and says what the form starts with, how the record is added and what unlinking says.
 */
abstract class ChildNetworkController<R extends NetworkRecord, F extends NetworkForm> {

    final NetworkPages pages;
    private final NetworkRecords<R, F> records;
    private final NetworkFormValidator<F> validator;
    private final RecordFormPage<R> formPage;
    /** The kind in the child's pages' paths and templates, and in refusals: associates or locations. */
    private final String kind;
    private final Supplier<F> blankForm;
    private final BiFunction<ChildSummary, F, String> add;
    private final BiFunction<R, ChildSummary, String> unlinked;

    /**
     * @param blankForm the answers a new record's form starts with
     * @param add records the answers, which have passed validation, for the child; what the success banner says
     * @param unlinked what the success banner says once the record is no longer linked to the child
     */
    ChildNetworkController(NetworkPages pages, NetworkRecords<R, F> records, NetworkFormValidator<F> validator,
                           RecordFormPage<R> formPage, String kind, Supplier<F> blankForm,
                           BiFunction<ChildSummary, F, String> add, BiFunction<R, ChildSummary, String> unlinked) {
        this.pages = pages;
        this.records = records;
        this.validator = validator;
        this.formPage = formPage;
        this.kind = kind;
        this.blankForm = blankForm;
        this.add = add;
        this.unlinked = unlinked;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        return listPage(user, pages.child(id), model);
    }

    @GetMapping("/new")
    String newRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, kind);
        return formPage.show(model, blankForm.get(), pages.child(id), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute F form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        pages.requireEdit(user, kind);
        ChildSummary child = pages.child(id);
        validator.validate(form, true, result);
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, child, null);
        }
        redirect.addFlashAttribute("success", add.apply(child, form));
        return listAgain(id);
    }

    @PostMapping("/{recordId}/unlink")
    String unlink(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID recordId,
                  RedirectAttributes redirect) {
        pages.requireEdit(user, kind);
        ChildSummary child = pages.child(id);
        R record = records.find(recordId);
        records.unlink(id, recordId);
        redirect.addFlashAttribute("success", unlinked.apply(record, child));
        return listAgain(id);
    }

    String listPage(CurrentUser user, ChildSummary child, Model model) {
        model.addAttribute("child", child);
        model.addAttribute(kind, records.forChild(child.id()));
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/" + kind;
    }

    void requireEdit(CurrentUser user) {
        pages.requireEdit(user, kind);
    }

    String listAgain(UUID childId) {
        return "redirect:/children/" + childId + "/" + kind;
    }
}
