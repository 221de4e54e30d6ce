package org.homeward.platform.events;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.episode.EpisodeReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Another module's reaction to a report, which fails for the children a test names until it lets them through. */
@Component
public class ReactionThatFails {

    private final Set<UUID> failing = ConcurrentHashMap.newKeySet();
    private final Set<UUID> watched = ConcurrentHashMap.newKeySet();
    private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

    void failFor(UUID child) {
        watched.add(child);
        failing.add(child);
    }

    void letThrough(UUID child) {
        failing.remove(child);
    }

    boolean handled(UUID episode) {
        return handled.contains(episode);
    }

    @ApplicationModuleListener
    public void onReported(EpisodeReported event) {
        if (failing.contains(event.childId())) {
            throw new IllegalStateException("The reaction fails, as the test asked");
        }
        if (watched.contains(event.childId())) {
            handled.add(event.episodeId());
        }
    }
}
