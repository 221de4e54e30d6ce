/**
 * What every module needs and nothing domain-specific: the clock, the database, vocabularies,
 * GOV.UK page layout and form helpers, error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.homeward.platform;
