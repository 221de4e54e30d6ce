package org.homeward.caseaudit.internal;

import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.PeriodForm;

/** The answers of the case-file audit forms, as typed. */
final class CaseAuditForms {

    private CaseAuditForms() {
    }

    /** The period sampled is a reporting period: the same first and last day as every report asks for. */
    public static class AuditForm extends PeriodForm {
        static final List<String> FIELDS = List.of("theme", "objective", "templateId", "councilId", "fromDay", "toDay",
                "startsDay", "endsDay");
        private String theme;
        private String objective;
        private String templateId;
        private String councilId;
        private String startsDay, startsMonth, startsYear, endsDay, endsMonth, endsYear;

        DateInput starts() { return new DateInput(startsDay, startsMonth, startsYear); }
        DateInput ends() { return new DateInput(endsDay, endsMonth, endsYear); }

        public String getTheme() { return theme; }
        public void setTheme(String v) { theme = v; }
        public String getObjective() { return objective; }
        public void setObjective(String v) { objective = v; }
        public String getTemplateId() { return templateId; }
        public void setTemplateId(String v) { templateId = v; }
        public String getCouncilId() { return councilId; }
        public void setCouncilId(String v) { councilId = v; }
        public String getStartsDay() { return startsDay; }
        public void setStartsDay(String v) { startsDay = v; }
        public String getStartsMonth() { return startsMonth; }
        public void setStartsMonth(String v) { startsMonth = v; }
        public String getStartsYear() { return startsYear; }
        public void setStartsYear(String v) { startsYear = v; }
        public String getEndsDay() { return endsDay; }
        public void setEndsDay(String v) { endsDay = v; }
        public String getEndsMonth() { return endsMonth; }
        public void setEndsMonth(String v) { endsMonth = v; }
        public String getEndsYear() { return endsYear; }
        public void setEndsYear(String v) { endsYear = v; }
    }

    public static class SampleForm {
        static final List<String> FIELDS = List.of("cohort", "risk", "repeatOnly", "stratum", "size", "allocate");
        private String allocate;
        private String cohort = "ANY";
        private String risk = "ANY";
        private String repeatOnly;
        private String stratum = "NONE";
        private String size;

        public String getCohort() { return cohort; }
        public void setCohort(String v) { cohort = v; }
        public String getRisk() { return risk; }
        public void setRisk(String v) { risk = v; }
        public String getRepeatOnly() { return repeatOnly; }
        public void setRepeatOnly(String v) { repeatOnly = v; }
        public String getStratum() { return stratum; }
        public void setStratum(String v) { stratum = v; }
        public String getSize() { return size; }
        public void setSize(String v) { size = v; }
        public String getAllocate() { return allocate; }
        public void setAllocate(String v) { allocate = v; }
    }

    public static class AllocationForm {
        static final List<String> FIELDS = List.of("auditorId", "moderatorId");
        private String auditorId;
        private String moderatorId;

        public String getAuditorId() { return auditorId; }
        public void setAuditorId(String v) { auditorId = v; }
        public String getModeratorId() { return moderatorId; }
        public void setModeratorId(String v) { moderatorId = v; }
    }

    /** One line of enquiry's answer, at the line's place in the template. */
    public static class LineAnswer {
        private String grade;
        private String note;
        private String moderation;
        private String reason;

        public String getGrade() { return grade; }
        public void setGrade(String v) { grade = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public String getModeration() { return moderation; }
        public void setModeration(String v) { moderation = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    public static class PartForm {
        private List<LineAnswer> lines = new ArrayList<>();
        private String practitionerConversation;
        private String familyFeedback;
        private String submit;

        static List<String> fields(int lines) {
            List<String> order = new ArrayList<>();
            for (int n = 0; n < lines; n++) {
                order.addAll(List.of("lines[" + n + "].grade", "lines[" + n + "].note", "lines[" + n + "].moderation",
                        "lines[" + n + "].reason"));
            }
            order.addAll(List.of("practitionerConversation", "familyFeedback"));
            return order;
        }

        public List<LineAnswer> getLines() { return lines; }
        public void setLines(List<LineAnswer> v) { lines = v; }
        public String getPractitionerConversation() { return practitionerConversation; }
        public void setPractitionerConversation(String v) { practitionerConversation = v; }
        public String getFamilyFeedback() { return familyFeedback; }
        public void setFamilyFeedback(String v) { familyFeedback = v; }
        public String getSubmit() { return submit; }
        public void setSubmit(String v) { submit = v; }
    }

    public static class TextForm {
        static final List<String> FIELDS = List.of("text");
        private String text;

        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    public static class ConsolidationForm {
        static final List<String> FIELDS = List.of("consolidation");
        private String consolidation;

        public String getConsolidation() { return consolidation; }
        public void setConsolidation(String v) { consolidation = v; }
    }

    public static class ContextForm {
        static final List<String> FIELDS = List.of("context");
        private String context;

        public String getContext() { return context; }
        public void setContext(String v) { context = v; }
    }

    public static class FindingForm {
        static final List<String> FIELDS = List.of("kind", "text", "ownerId", "dueDay");
        private String kind;
        private String text;
        private String ownerId;
        private String dueDay, dueMonth, dueYear;

        DateInput due() { return new DateInput(dueDay, dueMonth, dueYear); }

        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
        public String getOwnerId() { return ownerId; }
        public void setOwnerId(String v) { ownerId = v; }
        public String getDueDay() { return dueDay; }
        public void setDueDay(String v) { dueDay = v; }
        public String getDueMonth() { return dueMonth; }
        public void setDueMonth(String v) { dueMonth = v; }
        public String getDueYear() { return dueYear; }
        public void setDueYear(String v) { dueYear = v; }
    }

    public static class TemplateForm {
        private String name;
        private String description;
        private String gradeScale;
        private List<String> headings = new ArrayList<>();
        private List<String> evidence = new ArrayList<>();

        static List<String> fields(int lines) {
            List<String> order = new ArrayList<>(List.of("name", "description", "gradeScale"));
            for (int n = 0; n < lines; n++) {
                order.add("headings[" + n + "]");
            }
            return order;
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getGradeScale() { return gradeScale; }
        public void setGradeScale(String v) { gradeScale = v; }
        public List<String> getHeadings() { return headings; }
        public void setHeadings(List<String> v) { headings = v; }
        public List<String> getEvidence() { return evidence; }
        public void setEvidence(List<String> v) { evidence = v; }
    }
}
