/**
 * Missing management meetings: criteria evaluated after every change to a child's episodes,
 * interviews and network raise "meeting required"; the meeting is recorded on the standard
 * proforma, with minutes as a PDF.
 */
@org.springframework.modulith.ApplicationModule
package org.homeward.meeting;
