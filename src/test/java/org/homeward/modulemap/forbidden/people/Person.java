package org.homeward.modulemap.forbidden.people;

public record Person(String name) {}
