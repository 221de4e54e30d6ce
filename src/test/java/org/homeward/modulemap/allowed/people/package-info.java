@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.homeward.modulemap.allowed.people;
