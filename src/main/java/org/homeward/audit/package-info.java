/** Audit: the append-only trail of every view, change and export of a child's record. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "platform", "platform :: web"})
package org.homeward.audit;
