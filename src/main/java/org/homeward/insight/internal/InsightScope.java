package org.homeward.insight.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AgencyKind;
import org.homeward.access.CurrentUser;
import org.homeward.access.Directory;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/**
 * Whose figures a viewer sees on any insight page (ADR 0027): a council's staff see their own council's; a police
 * force's, the councils the force covers, or one of them; partnership analysts and board members, the whole
 * partnership or one council. Staff of other agencies see the figures of their own agency, which is responsible
 * for no child.
 */
@Component
public class InsightScope {

    /**
     * The figures shown: {@code authorities} empty means the whole partnership. {@code choices} are the
     * councils the viewer may pick from (none when they see only their own), {@code all} what they see when
     * they pick none, and {@code chosen} the one picked.
     */
    public record Shown(String name, Optional<Collection<UUID>> authorities, List<Directory.Option> choices,
                        String all, UUID chosen) {
    }

    private final Directory directory;

    InsightScope(Directory directory) {
        this.directory = directory;
    }

    public Shown of(CurrentUser user, UUID asked) {
        if (user.hasAny(Role.ANALYST, Role.BOARD_MEMBER)) {
            List<Directory.Option> councils = directory.localAuthorities();
            String all = "the whole partnership";
            return pick(councils, asked, all).orElseGet(() -> new Shown(all, Optional.empty(), councils, all, null));
        }
        if (user.agencyKind() == AgencyKind.POLICE_FORCE) {
            List<Directory.Option> councils = directory.localAuthoritiesPolicedBy(user.agencyId());
            String all = "the councils " + user.agencyName() + " covers";
            return pick(councils, asked, all).orElseGet(() -> new Shown(all,
                    Optional.of(councils.stream().map(Directory.Option::id).toList()), councils, all, null));
        }
        return new Shown(user.agencyName(), Optional.of(List.of(user.agencyId())), List.of(), user.agencyName(), null);
    }

    /** A council asked for by its identifier; anything else asks for none. */
    public static UUID parse(String authority) {
        try {
            return authority == null || authority.isBlank() ? null : UUID.fromString(authority);
        } catch (IllegalArgumentException notAnIdentifier) {
            return null;
        }
    }

    private static Optional<Shown> pick(List<Directory.Option> councils, UUID asked, String all) {
        return councils.stream().filter(c -> c.id().equals(asked)).findFirst()
                .map(c -> new Shown(c.name(), Optional.of(List.of(c.id())), councils, all, c.id()));
    }
}
