package org.homeward.child.internal.philomena;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param photoMaxAge how old a photograph may be before it is flagged as out of date (DOMAIN.md CR-07:
 *                    "recent photograph", six months by default)
 */
@ConfigurationProperties("homeward.philomena")
public record PhilomenaProperties(Period photoMaxAge) {

    public PhilomenaProperties {
        if (photoMaxAge == null) {
            photoMaxAge = Period.ofMonths(6);
        }
    }
}
