package org.homeward.access.internal.admin;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.access.AgencyKind;
import org.homeward.access.Directory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks what Bean Validation on {@link AgencyForm} cannot: a name no other agency has, the kind and the codes that
 * follow from it, with messages that say how to put it right.
 */
@Component
class AgencyFormValidator {

    private static final Pattern ONS_CODE = Pattern.compile("[EW][0-9]{8}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DFE_CODE = Pattern.compile("[0-9]{3}");

    private final Agencies agencies;
    private final Directory directory;

    AgencyFormValidator(Agencies agencies, Directory directory) {
        this.agencies = agencies;
        this.directory = directory;
    }

    /** @param existing the agency being changed, or null for a new one */
    void validate(AgencyForm form, Errors errors, UUID existing) {
        if (!errors.hasFieldErrors("name")) {
            agencies.nameOfAgencyCalled(form.getName(), existing).ifPresent(taken -> errors.rejectValue("name",
                    "taken", "An agency called " + taken + " already exists"));
        }

        AgencyKind kind = kind(form.getKind());
        if (kind == null) {
            errors.rejectValue("kind", "required", "Select the kind of agency");
        } else if (existing != null) {
            long misfits = agencies.peopleWhoseRolesDoNotFit(existing, kind);
            if (misfits > 0) {
                errors.rejectValue("kind", "rolesDoNotFit", (misfits == 1 ? "1 person in this agency has a role"
                        : misfits + " people in this agency have roles") + " that this kind of agency cannot have. "
                        + "Change " + (misfits == 1 ? "their role" : "their roles") + " first");
            }
        }

        boolean localAuthority = kind == AgencyKind.LOCAL_AUTHORITY;
        String ons = form.getOnsCode();
        if (ons == null) {
            if (localAuthority) {
                errors.rejectValue("onsCode", "required", "Enter the local authority’s ONS code, like E06000025");
            }
        } else if (kind != null && !localAuthority) {
            errors.rejectValue("onsCode", "notAllowed", "Delete the ONS code: only local authorities have one");
        } else if (!ONS_CODE.matcher(ons).matches()) {
            errors.rejectValue("onsCode", "invalid",
                    "Enter the ONS code in the correct format: E or W followed by 8 digits, like E06000025");
        }

        String dfe = form.getDfeCode();
        if (dfe == null) {
            if (localAuthority) {
                errors.rejectValue("dfeCode", "required", "Enter the local authority’s DfE code: 3 digits, like 803");
            }
        } else if (kind != null && !localAuthority) {
            errors.rejectValue("dfeCode", "notAllowed", "Delete the DfE code: only local authorities have one");
        } else if (!DFE_CODE.matcher(dfe).matches()) {
            errors.rejectValue("dfeCode", "invalid", "Enter the DfE code as 3 digits, like 803");
        } else {
            agencies.nameOfAgencyWithDfeCode(dfe, existing).ifPresent(other -> errors.rejectValue("dfeCode", "taken",
                    "DfE code " + dfe + " already belongs to " + other + ". Check the code and enter it again"));
        }
        rhiProvider(form, kind, errors);
    }

    /** The provider a local authority commissions must be a return home interview provider in the directory. */
    private void rhiProvider(AgencyForm form, AgencyKind kind, Errors errors) {
        String provider = form.getRhiProviderId();
        if (provider == null) {
            return;
        }
        if (kind != null && kind != AgencyKind.LOCAL_AUTHORITY) {
            errors.rejectValue("rhiProviderId", "notAllowed",
                    "Leave the return home interview provider empty: only local authorities commission one");
        } else if (directory.rhiProviders().stream().noneMatch(o -> o.id().toString().equals(provider))) {
            form.setRhiProviderId(null);
            errors.rejectValue("rhiProviderId", "invalid", "Select a return home interview provider from the list");
        }
    }

    static AgencyKind kind(String code) {
        return Arrays.stream(AgencyKind.values()).filter(k -> k.name().equals(code)).findFirst().orElse(null);
    }
}
