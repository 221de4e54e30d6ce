package org.homeward.episode.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class EpisodeNotFoundException extends RuntimeException {

    EpisodeNotFoundException() {
        super("No such episode", null, false, false);
    }
}
