/**
 * The partnership self-assessment of its response to missing children (issue 22, DOMAIN.md §A, AS-05 to AS-08,
 * decision 0031): a versioned questionnaire loaded as data, cycles answered by a facilitator with participants
 * from each agency, the report by area with Homeward's own figures as evidence, part-two checklists of flagged
 * areas and an action plan carried from one cycle to the next. It holds no child's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment", allowedDependencies = {
        "oversight", "access", "platform", "platform :: web", "platform :: figures"})
package org.homeward.selfassessment;
