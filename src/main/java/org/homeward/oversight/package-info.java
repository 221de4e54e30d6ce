/**
 * Oversight: one deadline engine for every module's timescales, the escalation matrix, work queues,
 * handovers and notifications (in-app and email).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.oversight;
