/**
 * Missing management meetings: criteria evaluated after every change to a child's episodes,
 * interviews and network raise "meeting required"; the meeting is recorded on the standard
 * proforma, with minutes as a PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "access", "audit", "child", "episode", "oversight", "rhi", "risk", "settings",
        "platform", "platform :: records", "platform :: figures", "platform :: web"})
package org.homeward.meeting;
