package org.homeward.episode.internal;

/** Someone else saved the episode after this person opened it ({@link StepAnswers} tells them). */
class StaleEpisodeException extends RuntimeException {

    private final transient Episode current;

    StaleEpisodeException(Episode current) {
        super("The episode changed since it was opened", null, false, false);
        this.current = current;
    }

    Episode current() {
        return current;
    }
}
