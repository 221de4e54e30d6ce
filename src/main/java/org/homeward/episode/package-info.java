/** Missing and away episodes from report to return: police grading, safe-and-well checks, history. */
@org.springframework.modulith.ApplicationModule
package org.homeward.episode;
