/**
 * Child records: identity, characteristics, legal status, identifiers and search; the Philomena
 * profile; associates and locations shared across children and episodes.
 */
@org.springframework.modulith.ApplicationModule
package org.homeward.child;
