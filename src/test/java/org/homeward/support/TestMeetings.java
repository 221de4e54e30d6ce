package org.homeward.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A missing management meeting's answers as the form sends them. */
public final class TestMeetings {

    private TestMeetings() {
    }

    /** A complete meeting held at {@code held}, with no trigger plan and a review six weeks later. */
    public static Map<String, String> meeting(ZonedDateTime held) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("heldDay", String.valueOf(held.getDayOfMonth()));
        f.put("heldMonth", String.valueOf(held.getMonthValue()));
        f.put("heldYear", String.valueOf(held.getYear()));
        f.put("heldTime", String.format("%02d:%02d", held.getHour(), held.getMinute()));
        f.put("chair", "Morgan Reid");
        f.put("attendees", "Morgan Reid, team manager, South Gloucestershire\nPC Parry, missing coordinator, Avon and Somerset");
        f.put("childView", "I go to my cousin's when it gets loud at home.");
        f.put("riskAnalysis", "Running to family when home is tense; low risk of exploitation so far.");
        f.put("decisions", "Family support referral; no strategy discussion.");
        f.put("triggerPlanNeeded", "no");
        LocalDate review = held.toLocalDate().plusWeeks(6);
        f.put("reviewDay", String.valueOf(review.getDayOfMonth()));
        f.put("reviewMonth", String.valueOf(review.getMonthValue()));
        f.put("reviewYear", String.valueOf(review.getYear()));
        f.put("distribution", "Morgan Reid, South Gloucestershire\nAvon and Somerset Police missing person unit");
        return f;
    }
}
