package org.homeward.sharing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The information sharing register: record a share, read a child's shares.
 *
 * <p>{@link #record} joins the caller's transaction (or starts one), checks the share against the rules of
 * the register ({@link #check}), stores it and writes the audit entry against the child, so an act and its
 * record of sharing are committed together or not at all. A share with a {@link NewShare.Source} is recorded
 * once: recording it again returns the share already recorded and changes nothing.
 *
 * <p>Reading does not audit: the page or export that shows a share to someone audits that.
 */
public interface SharingRegister {

    /**
     * Records the share.
     *
     * @return the share's id (the existing one when a share from the same source was recorded before)
     * @throws InvalidShareException when {@link #check} finds problems; nothing is stored
     */
    UUID record(NewShare share);

    /** What is wrong with the share, each problem with the field it is about; empty when it may be recorded. */
    List<InvalidShareException.Problem> check(NewShare share);

    /** The child's shares, newest first. */
    List<Share> forChild(UUID childId);

    Optional<Share> find(UUID shareId);
}
