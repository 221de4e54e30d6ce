/**
 * Case-file audits (DOMAIN.md AS-01 to AS-04): versioned templates of lines of enquiry and their grade
 * scale, audits that sample cases from the live cohorts and allocate them to each agency's auditors, the
 * evidence each line gathers from the record, moderation by a second auditor, findings and recommendations
 * that become actions on the deadline engine, safeguarding concerns escalated at once, the audit report
 * and the programme of audits over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case-file audits", allowedDependencies = {
        "child", "episode", "meeting", "oversight", "settings", "access", "audit", "platform", "platform :: records", "platform :: web"})
package org.homeward.caseaudit;
