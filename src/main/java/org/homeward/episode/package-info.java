/** Missing and away episodes from report to return: police grading, safe-and-well checks, history. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "settings",
        "platform", "platform :: records", "platform :: web"})
package org.homeward.episode;
