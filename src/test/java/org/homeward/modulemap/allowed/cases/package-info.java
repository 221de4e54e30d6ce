/** A module that may use people but not reports. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people"})
package org.homeward.modulemap.allowed.cases;
