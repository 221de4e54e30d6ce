package org.homeward.child.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ChildNotFoundException extends RuntimeException {

    ChildNotFoundException() {
        super("No such child", null, false, false);
    }
}
