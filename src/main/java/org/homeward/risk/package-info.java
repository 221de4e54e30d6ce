/**
 * The council's missing risk screening: a versioned instrument, completed afresh for each episode,
 * whose rule suggests a rating that the assessor confirms or overrides with a rationale. It gives the
 * episode page the council's rating beside the police grading ({@code CouncilRiskScreenings}) and the
 * child's chronology its screenings. Also the exploitation screening (SERAF-compatible, instruments as
 * plug-ins) and the task signs of exploitation raise; the latest score is read through
 * {@code ExploitationScreenings}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode", "oversight", "rhi", "settings",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.risk;
