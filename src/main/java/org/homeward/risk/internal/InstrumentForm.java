package org.homeward.risk.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.DateInput;

/**
 * A new version of the risk screening tool as typed: the last version's factors, changed, and one new factor. The title
 * and the note of what changed are checked as they arrive; the date, scores and factors, whose messages name them and
 * which depend on the last version, by {@link InstrumentPublisher}.
 */
public class InstrumentForm {

    /** One factor's row; {@code remove} leaves it out of the new version. */
    public static class FactorRow {
        private String code;
        private String section;
        private String label;
        private String guidance;
        private String weight;
        private boolean critical;
        private boolean remove;

        static FactorRow of(Instrument.Factor f) {
            FactorRow r = new FactorRow();
            r.code = f.code();
            r.section = f.section();
            r.label = f.label();
            r.guidance = f.guidance();
            r.weight = String.valueOf(f.weight());
            r.critical = f.critical();
            return r;
        }

        boolean blank() {
            return isBlank(code) && isBlank(section) && isBlank(label) && isBlank(guidance) && isBlank(weight);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getSection() { return section; }
        public void setSection(String v) { section = v; }
        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String v) { guidance = v; }
        public String getWeight() { return weight; }
        public void setWeight(String v) { weight = v; }
        public boolean isCritical() { return critical; }
        public void setCritical(boolean v) { critical = v; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean v) { remove = v; }
    }

    private String basedOn;
    @NotNull(message = "Enter the tool's title")
    @Size(max = 200, message = "The title must be 200 characters or fewer")
    private String title;
    private String effectiveDay;
    private String effectiveMonth;
    private String effectiveYear;
    private String mediumFrom;
    private String highFrom;
    @NotNull(message = "Say what changed and why")
    @Size(max = 2000, message = "What changed must be 2000 characters or fewer")
    private String changeNote;
    private List<FactorRow> factors = new ArrayList<>();
    private FactorRow added = new FactorRow();

    static InstrumentForm from(Instrument latest) {
        InstrumentForm f = new InstrumentForm();
        f.basedOn = latest.id().toString();
        f.title = latest.title();
        f.mediumFrom = String.valueOf(latest.mediumFrom());
        f.highFrom = String.valueOf(latest.highFrom());
        latest.factors().forEach(x -> f.factors.add(FactorRow.of(x)));
        return f;
    }

    List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("title", "effectiveDay", "mediumFrom", "highFrom", "changeNote"));
        for (int i = 0; i < factors.size(); i++) {
            for (String p : List.of("label", "section", "guidance", "weight")) {
                order.add("factors[" + i + "]." + p);
            }
        }
        order.addAll(List.of("added.code", "added.label", "added.section", "added.guidance", "added.weight"));
        return order;
    }

    DateInput effective() {
        return new DateInput(effectiveDay, effectiveMonth, effectiveYear);
    }

    public String getBasedOn() { return basedOn; }
    public void setBasedOn(String v) { basedOn = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getEffectiveDay() { return effectiveDay; }
    public void setEffectiveDay(String v) { effectiveDay = v; }
    public String getEffectiveMonth() { return effectiveMonth; }
    public void setEffectiveMonth(String v) { effectiveMonth = v; }
    public String getEffectiveYear() { return effectiveYear; }
    public void setEffectiveYear(String v) { effectiveYear = v; }
    public String getMediumFrom() { return mediumFrom; }
    public void setMediumFrom(String v) { mediumFrom = v; }
    public String getHighFrom() { return highFrom; }
    public void setHighFrom(String v) { highFrom = v; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String v) { changeNote = v; }
    public List<FactorRow> getFactors() { return factors; }
    public void setFactors(List<FactorRow> v) { factors = v; }
    public FactorRow getAdded() { return added; }
    public void setAdded(FactorRow v) { added = v; }
}
