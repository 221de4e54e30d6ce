package org.homeward.insight.internal.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kaplan-Meier estimate of the share of returns after which the child had not gone missing again, week by week.
 * A return followed for less than the whole time (because it was recent, so today came first) counts among those at
 * risk until its follow-up ends and then leaves the count without lowering the share: a plain "share missing again
 * within 8 weeks" would count recent returns as successes they have not yet had time to fail. At a time when one
 * child went missing again and another's follow-up ended, the child who went missing is counted first, as is usual.
 */
final class SurvivalCurve {

    private static final long WEEK = 7L * 24 * 60 * 60;

    /** The share still not missing again at the end of a week, and the returns still followed then. */
    record Point(int week, double share, long followed) {
    }

    /** Events (went missing again) and censorings at one time after the return. */
    private record At(long events, long censored) {
    }

    private final TreeMap<Long, At> times = new TreeMap<>();
    private long returns;

    /** Adds {@code count} returns followed for {@code seconds}, ending with the child missing again or not. */
    SurvivalCurve add(long seconds, boolean missingAgain, long count) {
        times.merge(seconds, missingAgain ? new At(count, 0) : new At(0, count),
                (a, b) -> new At(a.events() + b.events(), a.censored() + b.censored()));
        returns += count;
        return this;
    }

    long returns() {
        return returns;
    }

    /** The estimate at the end of each week from 0 to {@code weeks}; week 0 is the moment of return. */
    List<Point> weekly(int weeks) {
        List<Point> points = new ArrayList<>();
        double share = 1.0;
        long atRisk = returns;
        var entries = new ArrayList<>(times.entrySet());
        int next = 0;
        for (int week = 0; week <= weeks; week++) {
            long until = week * WEEK;
            while (next < entries.size() && entries.get(next).getKey() <= until) {
                Map.Entry<Long, At> e = entries.get(next);
                if (e.getValue().events() > 0) {
                    share *= 1.0 - (double) e.getValue().events() / atRisk;
                }
                atRisk -= e.getValue().events() + e.getValue().censored();
                next++;
            }
            // Those whose follow-up ends exactly now were still followed at this moment.
            long followed = atRisk + (times.containsKey(until) ? times.get(until).censored() + times.get(until).events() : 0);
            points.add(new Point(week, share, followed));
        }
        return points;
    }
}
