package org.homeward.settings.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.AccessPolicy;
import org.homeward.access.CurrentUser;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.FormChecks;
import org.homeward.platform.web.FormErrors;
import org.homeward.settings.Setting;
import org.homeward.settings.Settings;
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

/** The administrator's page of thresholds and timescales, each change with its reason and history. */
@Controller
class SettingsController {

    /** A setting as the list shows it. */
    record Row(Setting setting, String value, String defaultValue, boolean changed) {
    }

    /** One change, oldest value first. */
    record Change(String oldValue, String newValue, String changedByName, Instant changedAt, String reason) {
    }

    public static class SettingForm {
        private String value;
        private String reason;

        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    private final Settings settings;
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;

    SettingsController(Settings settings, JdbcClient jdbc, AccessPolicy policy, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/admin/settings")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        require(user);
        Map<Setting, String> changed = settings.changed();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            String fallback = settings.defaultValue(s);
            groups.computeIfAbsent(s.group(), g -> new java.util.ArrayList<>())
                    .add(new Row(s, changed.getOrDefault(s, fallback), fallback, changed.containsKey(s)));
        }
        model.addAttribute("groups", groups);
        return "settings/list";
    }

    @GetMapping("/admin/settings/{slug}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug, Model model) {
        require(user);
        Setting setting = setting(slug);
        SettingForm form = new SettingForm();
        form.setValue(settings.value(setting));
        return page(model, setting, form);
    }

    @PostMapping("/admin/settings/{slug}")
    @Transactional
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String slug,
                  @ModelAttribute("settingForm") SettingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        require(user);
        Setting setting = setting(slug);
        String value = checked(setting, form.getValue(), result);
        FormChecks.required(form.getReason(), "reason", "Enter why the setting changes", result);
        FormChecks.maxLength(form.getReason(), 2000, "reason", "The reason must be 2000 characters or fewer", result);
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.summary(result, List.of("value", "reason")));
            return page(model, setting, form);
        }
        // The row is locked so that two administrators' changes are both kept, each with its true old value.
        String old = jdbc.sql("select value from setting_value where setting = :s for update").param("s", setting.name())
                .query(String.class).optional().orElseGet(() -> settings.defaultValue(setting));
        if (old.equals(value)) {
            redirect.addFlashAttribute("success", "No change: " + setting.label() + " is already " + setting.describe(value));
            return "redirect:/admin/settings";
        }
        Timestamp now = Timestamp.from(clock.instant());
        String reason = form.getReason().strip();
        jdbc.sql("""
                insert into setting_value (setting, value, changed_by, changed_by_name, changed_at, reason)
                values (:s, :v, :by, :name, :at, :reason)
                on conflict (setting) do update set value = excluded.value, changed_by = excluded.changed_by,
                    changed_by_name = excluded.changed_by_name, changed_at = excluded.changed_at, reason = excluded.reason""")
                .param("s", setting.name()).param("v", value).param("by", user.id()).param("name", user.displayName())
                .param("at", now).param("reason", reason).update();
        jdbc.sql("""
                insert into setting_change (setting, old_value, new_value, changed_by, changed_by_name, changed_at, reason)
                values (:s, :old, :v, :by, :name, :at, :reason)""")
                .param("s", setting.name()).param("old", old).param("v", value).param("by", user.id())
                .param("name", user.displayName()).param("at", now).param("reason", reason).update();
        redirect.addFlashAttribute("success", setting.label() + ": now " + setting.describe(value));
        return "redirect:/admin/settings";
    }

    private String checked(Setting setting, String raw, BindingResult result) {
        String value = raw == null ? "" : raw.strip();
        if (setting.type() == Setting.Type.YES_NO) {
            if (!value.equals("true") && !value.equals("false")) {
                result.rejectValue("value", "required", "Select yes or no");
            }
            return value;
        }
        if (setting.type() == Setting.Type.CHOICE) {
            if (!setting.choices().contains(value)) {
                result.rejectValue("value", "required", "Select one");
            }
            return value;
        }
        if (!value.matches("\\d{1,3}")) {
            result.rejectValue("value", "number", "Enter a whole number of " + setting.unit() + ", like " + setting.min());
            return value;
        }
        int n = Integer.parseInt(value);
        if (n < setting.min() || n > setting.max()) {
            result.rejectValue("value", "range", "Enter a number of " + setting.unit() + " from " + setting.min()
                    + " to " + setting.max());
        }
        return String.valueOf(n);
    }

    private String page(Model model, Setting setting, SettingForm form) {
        model.addAttribute("setting", setting);
        model.addAttribute("yesNo", List.of(new Vocabularies.Term("true", "Yes"), new Vocabularies.Term("false", "No")));
        model.addAttribute("choices", setting.choices().stream().map(c -> new Vocabularies.Term(c, setting.describe(c))).toList());
        model.addAttribute("settingForm", form);
        model.addAttribute("defaultValue", settings.defaultValue(setting));
        model.addAttribute("history", jdbc.sql("""
                select old_value, new_value, changed_by_name, changed_at, reason from setting_change
                 where setting = :s order by changed_at desc, id desc limit 100""")
                .param("s", setting.name()).query(Change.class).list());
        return "settings/show";
    }

    private static Setting setting(String slug) {
        return Arrays.stream(Setting.values()).filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void require(CurrentUser user) {
        if (!policy.mayAdminister(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
