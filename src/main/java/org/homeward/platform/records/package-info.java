/**
 * The contracts by which every module that keeps rows about a child gives them to the records module: its
 * sections of a subject access export, its retained records and their disposal, its erasure of a child's
 * rows, and (from the child module) who a record is about. They sit below every module because the records
 * module sets deadlines through oversight, which itself gives sections (ADR 0035).
 */
@org.springframework.modulith.NamedInterface("records")
package org.homeward.platform.records;
