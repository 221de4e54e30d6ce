/** Child records: identity, characteristics, legal status, identifiers and search. */
@org.springframework.modulith.ApplicationModule
package org.homeward.child;
