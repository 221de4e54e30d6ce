package org.homeward.child.internal.network;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.homeward.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An associate's or location's own page, with every child it is linked to, and changing it. Each kind's controller
 * maps it under its own path and says what else its page shows and how its form is filled.
 */
abstract class NetworkRecordController<R extends NetworkRecord, F extends NetworkForm> {

    private final NetworkPages pages;
    private final NetworkRecords<R, F> records;
    private final NetworkFormValidator<F> validator;
    private final RecordFormPage<R> formPage;
    private final Function<R, F> formOf;
    /** The record as its page's template knows it: associate or location. */
    private final String name;
    /** The kind in paths and refusals: associates or locations. */
    private final String kind;
    /** What the success banner says once changes are saved. */
    private final String saved;
    /** Adds to the record's page the children (and episodes) it is linked to. */
    private final BiConsumer<UUID, Model> links;

    /** @param formOf the form filled with the record as saved */
    NetworkRecordController(NetworkPages pages, NetworkRecords<R, F> records, NetworkFormValidator<F> validator,
                            RecordFormPage<R> formPage, Function<R, F> formOf, String name, String saved,
                            BiConsumer<UUID, Model> links) {
        this.pages = pages;
        this.records = records;
        this.validator = validator;
        this.formPage = formPage;
        this.formOf = formOf;
        this.name = name;
        this.kind = name + "s";
        this.saved = saved;
        this.links = links;
    }

    /** Checks the changes; a kind may add its own checks to the validator's. */
    void checkChanges(UUID id, F form, Errors errors) {
        validator.validate(form, false, errors);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireView(user);
        model.addAttribute(name, records.open(id));
        links.accept(id, model);
        model.addAttribute("mayEdit", pages.mayEdit(user));
        return "child/" + name;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        pages.requireEdit(user, kind);
        R record = records.find(id);
        return formPage.show(model, formOf.apply(record), null, record);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute F form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        pages.requireEdit(user, kind);
        R existing = records.find(id);
        checkChanges(id, form, result);
        if (result.hasErrors()) {
            return formPage.withErrors(model, result, form, null, existing);
        }
        return formPage.saveChanges(model, form, () -> records.update(id, form), () -> records.find(id), redirect,
                saved, "/" + kind + "/" + id);
    }
}
