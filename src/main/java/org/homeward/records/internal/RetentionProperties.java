package org.homeward.records.internal;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention schedule (DOMAIN.md IS-08): for each record type, how long it is kept and from when.
 * Data, not code: a type's period is changed by configuration, and the rule as it stood is written
 * into the disposal register with each disposal.
 *
 * @param horizon records whose retention ends within this period are listed for review already
 * @param rules   by record type, as each module's {@code RetentionSource} names its types
 */
@ConfigurationProperties("homeward.retention")
public record RetentionProperties(Period horizon, Map<String, Rule> rules) {

    public RetentionProperties {
        horizon = horizon == null ? Period.ofDays(90) : horizon;
        rules = rules == null ? Map.of() : new LinkedHashMap<>(rules);
    }

    /**
     * @param title a name for the type of record, as people say it
     * @param keep  how long it is kept after {@code from}
     * @param from  the date the period runs from, in words
     * @param basis why: the regulation or the partnership's schedule
     */
    public record Rule(String title, Period keep, String from, String basis) {

        public String summary() {
            return title + ": kept " + words(keep) + " from " + from + " (" + basis + ")";
        }

        public static String words(Period p) {
            StringBuilder s = new StringBuilder();
            append(s, p.getYears(), "year");
            append(s, p.getMonths(), "month");
            append(s, p.getDays(), "day");
            return s.isEmpty() ? "0 days" : s.toString();
        }

        private static void append(StringBuilder s, int n, String unit) {
            if (n != 0) {
                s.append(s.isEmpty() ? "" : " ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
            }
        }
    }
}
