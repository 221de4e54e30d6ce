/**
 * The contract by which a module offers its figures to be counted and reported ({@code FigureSource}): a module
 * implements it over its own tables, and the reports find every implementation, so that the module never
 * depends on what reports on it.
 */
@org.springframework.modulith.NamedInterface("figures")
package org.homeward.platform.figures;
