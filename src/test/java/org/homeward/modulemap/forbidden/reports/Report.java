package org.homeward.modulemap.forbidden.reports;

public record Report(int count) {}
