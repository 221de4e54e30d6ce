/** Audit: the append-only trail of every view, change and export of a child's record. */
@org.springframework.modulith.ApplicationModule
package org.homeward.audit;
