package org.homeward.settings;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The partnership's own words for a child the council looks after (DOMAIN.md CFG-04): "looked-after
 * child", "child in care" or "cared-for child". Exposed to templates as {@code @terms}.
 */
@Component("terms")
public class Terms {

    private final Settings settings;

    Terms(Settings settings) {
        this.settings = settings;
    }

    /** "Looked-after child", "Child in care", "Cared-for child". */
    public String child() {
        return Setting.LOOKED_AFTER_TERM.describe(settings.value(Setting.LOOKED_AFTER_TERM));
    }

    /** "looked-after child", in a sentence. */
    public String aChild() {
        return child().toLowerCase(Locale.UK);
    }

    /** "Looked-after children", "Children in care", "Cared-for children". */
    public String children() {
        String one = child();
        return one.startsWith("Child in") ? "Children" + one.substring("Child".length())
                : one.substring(0, one.length() - "child".length()) + "children";
    }

    /** "Looked after", "In care", "Cared for": the status as a yes/no row names it. */
    public String status() {
        return switch (settings.value(Setting.LOOKED_AFTER_TERM)) {
            case "IN_CARE" -> "In care";
            case "CARED_FOR" -> "Cared for";
            default -> "Looked after";
        };
    }
}
