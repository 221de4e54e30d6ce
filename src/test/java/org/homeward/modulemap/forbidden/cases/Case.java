package org.homeward.modulemap.forbidden.cases;

import org.homeward.modulemap.forbidden.people.Person;
import org.homeward.modulemap.forbidden.reports.Report;

/** The arrow to reports is the one a reviewer would miss: verification must refuse it. */
public record Case(Person child, Report counted) {}
