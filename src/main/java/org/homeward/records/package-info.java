/**
 * Records management: subject access exports of a child's whole record (UK GDPR Art. 15) built from
 * every module's {@link org.homeward.platform.records.SubjectAccessSource}, and retention of records by rule with
 * disposal that a named senior manager approves (DOMAIN.md IS-08).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "oversight",
        "platform", "platform :: records", "platform :: web"})
package org.homeward.records;
