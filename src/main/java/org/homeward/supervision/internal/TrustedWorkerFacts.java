package org.homeward.supervision.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.child.ChildFacts;
import org.homeward.platform.web.Dates;
import org.springframework.stereotype.Component;

/** The trusted worker and how often they changed, on the child's page: continuity at a glance (CR-09). */
@Component
class TrustedWorkerFacts implements ChildFacts {

    private final TrustedWorkers workers;
    private final TrustedWorkerService service;
    private final Dates dates;

    TrustedWorkerFacts(TrustedWorkers workers, TrustedWorkerService service, Dates dates) {
        this.workers = workers;
        this.service = service;
        this.dates = dates;
    }

    @Override
    public List<Fact> factsFor(UUID childId) {
        String href = "/children/" + childId + "/trusted-worker";
        return workers.current(childId).map(c -> {
            int changes = service.changesInLastYear(childId);
            return List.of(new Fact("Trusted worker", c.who() + ", since " + dates.date(c.startsOn()), href,
                            "Trusted worker and changes"),
                    new Fact("Changes of trusted worker", changes(changes), null, null));
        }).orElse(List.of(new Fact("Trusted worker", "None named", href, "Trusted worker and changes")));
    }

    static String changes(int n) {
        return n + (n == 1 ? " change" : " changes") + " in the last 12 months";
    }
}
