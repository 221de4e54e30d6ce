package org.homeward.access.internal.admin;

import java.util.Arrays;
import java.util.List;
import org.homeward.access.AgencyKind;
import org.homeward.access.Role;

/** A radio or checkbox option in the shape the form fragments expect: code and label. */
record Choice(String code, String label) {

    static List<Choice> agencyKinds() {
        return Arrays.stream(AgencyKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
    }

    static List<Choice> roles() {
        return Arrays.stream(Role.values()).map(r -> new Choice(r.name(), r.label())).toList();
    }
}
