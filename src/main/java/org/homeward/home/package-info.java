/** Home: each person's first page, answering what needs them now. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "oversight",
        "platform"})
package org.homeward.home;
