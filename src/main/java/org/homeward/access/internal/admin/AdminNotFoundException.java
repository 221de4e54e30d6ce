package org.homeward.access.internal.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class AdminNotFoundException extends RuntimeException {

    AdminNotFoundException() {
        super("No such agency, team or user", null, false, false);
    }
}
