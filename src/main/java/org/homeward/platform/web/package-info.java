/** Page layout and form support shared by every module's controllers. */
@org.springframework.modulith.NamedInterface("web")
package org.homeward.platform.web;
