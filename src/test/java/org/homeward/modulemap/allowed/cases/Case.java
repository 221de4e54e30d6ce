package org.homeward.modulemap.allowed.cases;

import org.homeward.modulemap.allowed.people.Person;

public record Case(Person child) {}
