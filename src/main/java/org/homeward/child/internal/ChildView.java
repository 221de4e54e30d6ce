package org.homeward.child.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.access.Directory;
import org.homeward.platform.Vocabularies;
import org.homeward.platform.web.Dates;
import org.homeward.settings.Terms;
import org.springframework.stereotype.Component;

/** A child's record as people read it: codes as labels, ids as names, age derived. */
@Component
class ChildView {

    record Row(String label, String value) {

        public String shown() {
            return value == null || value.isEmpty() ? "Not recorded" : value;
        }
    }

    private final Vocabularies vocabularies;
    private final Directory directory;
    private final Dates dates;

    private final Terms terms;

    ChildView(Vocabularies vocabularies, Directory directory, Dates dates, Terms terms) {
        this.terms = terms;
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.dates = dates;
    }

    int age(Child child, LocalDate today) {
        return AgeBand.age(child.dateOfBirth(), today);
    }

    String ageBand(Child child, LocalDate today) {
        return AgeBand.of(age(child, today)).label();
    }

    String legalStatus(Child child) {
        return vocabularies.label("legal-status", child.legalStatus()).orElse("");
    }

    String sexLabel(Child child) {
        return vocabularies.label("sex", child.sex()).orElse("");
    }

    /** Everything shown about the child, section by section, in the order people read it. */
    Map<String, List<Row>> sections(Child c, LocalDate today, boolean specialCategory) {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sections.put("Identity", List.of(
                new Row("First names", c.givenNames()),
                new Row("Family name", c.familyName()),
                new Row("Other names", String.join(", ", c.aliasNames())),
                new Row("Date of birth", dates.date(c.dateOfBirth())),
                new Row("Age", age(c, today) + " (" + ageBand(c, today) + ")"),
                new Row("Sex", vocabularies.label("sex", c.sex()).orElse(""))));
        if (specialCategory) {
            sections.put("Diversity and needs", List.of(
                    new Row("Gender identity", nz(c.genderIdentity())),
                    new Row("Ethnicity", vocabularies.label("ethnicity", c.ethnicity()).orElse("")),
                    new Row("First language", nz(c.firstLanguage())),
                    new Row("Needs an interpreter", c.interpreterNeeded() == null ? "" : c.interpreterNeeded() ? "Yes" : "No"),
                    new Row("Disability", nz(c.disability())),
                    new Row("Special educational needs", vocabularies.label("sen", c.senStatus()).orElse("")),
                    new Row("Religion", nz(c.religion())),
                    new Row("Sexual orientation", nz(c.sexualOrientation()))));
        } else {
            sections.put("Language", List.of(
                    new Row("First language", nz(c.firstLanguage())),
                    new Row("Needs an interpreter", c.interpreterNeeded() == null ? "" : c.interpreterNeeded() ? "Yes" : "No")));
        }
        sections.put("Legal status and responsibility", List.of(
                new Row("Legal status", legalStatus(c)),
                new Row(terms.status(), c.lookedAfter() ? "Yes" : "No"),
                new Row("Responsible local authority", directory.agencyName(c.responsibleAuthorityId()).orElse("")),
                new Row("Allocated worker", directory.userName(c.allocatedWorkerId()).orElse("")),
                new Row("Allocated team", directory.teamName(c.allocatedTeamId()).orElse("")),
                new Row("Independent Reviewing Officer", directory.userName(c.iroId()).orElse(""))));
        sections.put("Education", List.of(
                new Row("School", nz(c.schoolName())),
                new Row("School URN", nz(c.schoolUrn()))));
        sections.put("Identifiers", List.of(
                new Row("Council case ID", nz(c.councilCaseId())),
                new Row("Police nominal ID", nz(c.policeNominalId())),
                new Row("PNC ID", nz(c.pncId())),
                new Row("Missing persons reference (UKMPU)", nz(c.missingPersonsRef())),
                new Row("NHS number", c.nhsNumber() == null ? "" : c.nhsNumber().replaceFirst("(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3")),
                new Row("Unique pupil number", nz(c.upn()))));
        return sections;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
