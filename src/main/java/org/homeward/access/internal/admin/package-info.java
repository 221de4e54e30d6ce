/**
 * Administrators' pages for agencies, teams and user accounts. Part of the access module: it owns
 * the tables these pages change.
 */
package org.homeward.access.internal.admin;
