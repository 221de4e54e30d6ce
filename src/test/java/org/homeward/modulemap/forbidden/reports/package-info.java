@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people"})
package org.homeward.modulemap.forbidden.reports;
