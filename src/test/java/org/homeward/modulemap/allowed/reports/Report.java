package org.homeward.modulemap.allowed.reports;

public record Report(int count) {}
