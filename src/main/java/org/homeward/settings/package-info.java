/**
 * The partnership's own thresholds and timescales (DOMAIN.md CFG-02): each has a default from the
 * deployment's configuration, an administrator changes it on a page with a reason, and every change is kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "platform", "platform :: web"})
package org.homeward.settings;
