/**
 * Child records: identity, characteristics, legal status, identifiers and search; the Philomena
 * profile; associates and locations shared across children and episodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "settings",
        "platform", "platform :: records", "platform :: web"})
package org.homeward.child;
