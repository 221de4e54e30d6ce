package org.homeward.modulemap.allowed.people;

public record Person(String name) {}
