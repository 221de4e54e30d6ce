/**
 * Cross-border notices: when a child is placed out of the placing authority's area, the host area's
 * children's social care, education, health and police are told, and acknowledge; the host's register
 * of children placed in; when such a child goes missing or returns, both authorities are told, who
 * holds the return home interview is agreed, and the host side returns the findings (DOMAIN.md XB-01
 * to XB-03).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode", "oversight", "rhi",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.crossborder;
