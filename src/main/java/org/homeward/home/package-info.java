/** Home: each person's first page, answering what needs them now. */
@org.springframework.modulith.ApplicationModule
package org.homeward.home;
