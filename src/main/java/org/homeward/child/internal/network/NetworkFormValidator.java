package org.homeward.child.internal.network;

import org.springframework.validation.Errors;

/** Checks what Bean Validation on an associate or location form cannot, with messages that say how to put it right. */
interface NetworkFormValidator<F extends NetworkForm> {

    /** @param linking whether the record is being linked to a child, so that how the child knows it is needed */
    void validate(F form, boolean linking, Errors errors);
}
