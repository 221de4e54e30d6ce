@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.homeward.modulemap.forbidden.people;
