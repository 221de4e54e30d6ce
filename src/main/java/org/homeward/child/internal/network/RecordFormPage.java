package org.homeward.child.internal.network;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.homeward.child.ChildSummary;
import org.homeward.platform.web.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that adds one kind of network record from a child's record or changes it from its own page, shown
 * again with what to fix, or with what someone else saved meanwhile.
 *
 * @param view the template
 * @param formName the name the answers are bound under, as the template knows them
 * @param fieldOrder the order of the fields on the page, which the error summary follows
 * @param staleMessage what the error summary says when someone else saved the record first
 * @param options what else the template needs to ask its questions
 */
record RecordFormPage<R extends NetworkRecord>(String view, String formName, List<String> fieldOrder,
                                               String staleMessage, Consumer<Model> options) {

    /** @param child the child it is added for, or null when changing an existing record */
    String show(Model model, NetworkForm form, ChildSummary child, R existing) {
        model.addAttribute(formName, form);
        model.addAttribute("child", child);
        model.addAttribute("existing", existing);
        options.accept(model);
        return view;
    }

    String withErrors(Model model, BindingResult result, NetworkForm form, ChildSummary child, R existing) {
        model.addAttribute("errors", FormErrors.summary(result, fieldOrder));
        return show(model, form, child, existing);
    }

    /**
     * Saves the changes and goes back to the record's page. If someone else saved it first, the page shows what
     * they saved beside the editor's answers, which it keeps, ready to save again over the newer version.
     */
    String saveChanges(Model model, NetworkForm form, Runnable save, Supplier<R> current,
                       RedirectAttributes redirect, String saved, String next) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException stale) {
            R now = current.get();
            model.addAttribute("errors", FormErrors.conflict(staleMessage));
            model.addAttribute("current", now);
            form.setVersion(now.version());
            return show(model, form, null, now);
        }
        redirect.addFlashAttribute("success", saved);
        return "redirect:" + next;
    }
}
