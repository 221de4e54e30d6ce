/**
 * Supervision and the trusted worker: supervision records (reflective and case) between a supervisor and a
 * supervisee, linked to the children discussed and seen only by the two of them and senior managers; each
 * child's named trusted worker with every change, and the continuity report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child",
        "platform", "platform :: records", "platform :: web"})
package org.homeward.supervision;
