/** Demo data: the demonstration partnership loaded on first start with the embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"child", "platform"})
package org.homeward.demo;
