/** Access: agencies, teams, users, roles, sign-in and the authorisation policy. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform :: web"})
package org.homeward.access;
