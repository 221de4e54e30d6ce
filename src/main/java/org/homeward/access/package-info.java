/** Access: agencies, teams, users, roles, sign-in and the authorisation policy. */
@org.springframework.modulith.ApplicationModule
package org.homeward.access;
