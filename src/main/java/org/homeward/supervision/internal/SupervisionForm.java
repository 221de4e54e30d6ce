package org.homeward.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import org.homeward.platform.DateInput;
import org.homeward.platform.web.ActionRows;

/** A supervision as typed: who, when, what kind, the children discussed, the discussion, actions, next date. */
public class SupervisionForm {

    static final int ACTIONS = 3;
    static final List<String> FIELD_ORDER;

    static {
        List<String> order = new ArrayList<>(List.of("superviseeId", "kind", "heldDay", "childIds", "discussion"));
        order.addAll(ActionRows.fieldOrder(ACTIONS));
        order.add("nextDay");
        FIELD_ORDER = List.copyOf(order);
    }

    private String superviseeId;
    private String kind;
    private String heldDay;
    private String heldMonth;
    private String heldYear;
    private List<String> childIds = new ArrayList<>();
    private String discussion;
    private List<ActionRows.Row> actions = ActionRows.blankRows(ACTIONS);
    private String nextDay;
    private String nextMonth;
    private String nextYear;

    DateInput heldOn() {
        return new DateInput(heldDay, heldMonth, heldYear);
    }

    DateInput nextOn() {
        return new DateInput(nextDay, nextMonth, nextYear);
    }

    public String getSuperviseeId() { return superviseeId; }
    public void setSuperviseeId(String v) { superviseeId = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getHeldDay() { return heldDay; }
    public void setHeldDay(String v) { heldDay = v; }
    public String getHeldMonth() { return heldMonth; }
    public void setHeldMonth(String v) { heldMonth = v; }
    public String getHeldYear() { return heldYear; }
    public void setHeldYear(String v) { heldYear = v; }
    public List<String> getChildIds() { return childIds; }
    public void setChildIds(List<String> v) { childIds = v == null ? new ArrayList<>() : v; }
    public String getDiscussion() { return discussion; }
    public void setDiscussion(String v) { discussion = v; }
    public List<ActionRows.Row> getActions() { return actions; }
    public void setActions(List<ActionRows.Row> v) { actions = v; }
    public String getNextDay() { return nextDay; }
    public void setNextDay(String v) { nextDay = v; }
    public String getNextMonth() { return nextMonth; }
    public void setNextMonth(String v) { nextMonth = v; }
    public String getNextYear() { return nextYear; }
    public void setNextYear(String v) { nextYear = v; }
}
