package org.homeward.episode.internal;

import org.homeward.platform.DateInput;
import org.homeward.platform.DateTimeInput;

/**
 * When, where and how the child was found or came back, as typed, and the version of the episode the answers
 * were made against: asked when the return is recorded, and again on the episode's details.
 */
public abstract class ReturnAnswers {

    private String locatedDay;
    private String locatedMonth;
    private String locatedYear;
    private String locatedTime;
    private String locatedWhere;
    private String locatedBy;
    private String returnMethod;
    private String harmWhileMissing;
    private String version;

    DateTimeInput locatedAt() {
        return new DateTimeInput(new DateInput(locatedDay, locatedMonth, locatedYear), locatedTime);
    }

    public String getLocatedDay() { return locatedDay; }
    public void setLocatedDay(String v) { locatedDay = v; }
    public String getLocatedMonth() { return locatedMonth; }
    public void setLocatedMonth(String v) { locatedMonth = v; }
    public String getLocatedYear() { return locatedYear; }
    public void setLocatedYear(String v) { locatedYear = v; }
    public String getLocatedTime() { return locatedTime; }
    public void setLocatedTime(String v) { locatedTime = v; }
    public String getLocatedWhere() { return locatedWhere; }
    public void setLocatedWhere(String v) { locatedWhere = v; }
    public String getLocatedBy() { return locatedBy; }
    public void setLocatedBy(String v) { locatedBy = v; }
    public String getReturnMethod() { return returnMethod; }
    public void setReturnMethod(String v) { returnMethod = v; }
    public String getHarmWhileMissing() { return harmWhileMissing; }
    public void setHarmWhileMissing(String v) { harmWhileMissing = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}
