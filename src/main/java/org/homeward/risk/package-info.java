/**
 * The council's missing risk screening: a versioned instrument, completed afresh for each episode,
 * whose rule suggests a rating that the assessor confirms or overrides with a rationale. It gives the
 * episode page the council's rating beside the police grading ({@code CouncilRiskScreenings}) and the
 * child's chronology its screenings.
 */
@org.springframework.modulith.ApplicationModule
package org.homeward.risk;
