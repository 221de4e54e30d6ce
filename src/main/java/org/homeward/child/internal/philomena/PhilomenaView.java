package org.homeward.child.internal.philomena;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/** A Philomena profile as people read it, on the page and in the police pack, with what is out of date. */
@Component
public class PhilomenaView {

    public record Row(String label, String value) {
    }

    private final PhilomenaProperties properties;
    private final Dates dates;

    PhilomenaView(PhilomenaProperties properties, Dates dates) {
        this.properties = properties;
        this.dates = dates;
    }

    /** A photograph older than the configured age no longer shows what the child looks like (CR-07). */
    public boolean photoOutOfDate(PhilomenaProfile profile, LocalDate today) {
        return profile.photoTakenOn() != null && profile.photoTakenOn().plus(properties.photoMaxAge()).isBefore(today);
    }

    public boolean reviewOverdue(PhilomenaProfile profile, LocalDate today) {
        return profile.reviewDue() != null && profile.reviewDue().isBefore(today);
    }

    /** Warnings to show before anything else about the profile. */
    public List<String> warnings(PhilomenaProfile profile, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        if (!profile.hasPhoto()) {
            warnings.add("No photograph is recorded");
        } else if (photoOutOfDate(profile, today)) {
            warnings.add("Photograph is out of date: it was taken on " + dates.date(profile.photoTakenOn())
                    + ". Take a new one");
        }
        if (reviewOverdue(profile, today)) {
            warnings.add("Review overdue: the profile was due for review on " + dates.date(profile.reviewDue()));
        }
        return warnings;
    }

    /** Every answer, section by section; special-category sections only for roles that may see them. */
    public Map<String, List<Row>> sections(PhilomenaProfile p, boolean specialCategory) {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sections.put("Description", List.of(
                new Row("Height", nz(p.height())),
                new Row("Build", nz(p.build())),
                new Row("Hair", nz(p.hair())),
                new Row("Eyes", nz(p.eyes())),
                new Row("Distinguishing features", nz(p.distinguishingFeatures()))));
        sections.put("Phones and social media", List.of(
                new Row("Phones", nz(p.phones())),
                new Row("Social media", nz(p.socialMedia()))));
        if (specialCategory) {
            sections.put("Health", List.of(
                    new Row("Medical needs", nz(p.medicalNeeds())),
                    new Row("Medication", nz(p.medication()))));
        }
        sections.put("Money and travel", List.of(
                new Row("Finances", nz(p.finances())),
                new Row("Transport", nz(p.transport()))));
        sections.put("History and vulnerabilities", List.of(
                new Row("Previous missing history", nz(p.missingHistory())),
                new Row("Vulnerabilities", nz(p.vulnerabilities()))));
        sections.put("Completion", List.of(
                new Row("Completed by", nz(p.completedBy())),
                new Row("Date completed", dates.date(p.completedOn())),
                new Row("Review due", dates.date(p.reviewDue()))));
        return sections;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
