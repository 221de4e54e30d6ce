/**
 * The compliance dashboard for the named senior manager, the police strategic lead, team managers and
 * analysts: each module contributes its timescales met, for any period ({@code ComplianceSource}).
 */
@org.springframework.modulith.ApplicationModule
package org.homeward.dashboard;
