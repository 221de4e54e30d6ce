/**
 * Management oversight sign-offs at the configured points (a high-risk rating, a return home interview
 * recorded, an episode before it closes, a meeting's outcome): raised from the other modules' events,
 * signed by a team or senior manager who did not do the work; an episode does not close without its.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode", "meeting", "oversight", "rhi",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.signoff;
