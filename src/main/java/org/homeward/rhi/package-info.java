/**
 * Return home interviews: the offer opened when a child returns (due 72 hours later), attempts,
 * outcome, the interview with the child's own words and coded push and pull factors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode", "oversight", "settings",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.rhi;
