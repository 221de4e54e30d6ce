package org.homeward.insight.internal;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.access.CurrentUser;
import org.homeward.access.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see insight's pages: those who answer for the partnership's response (JOURNEYS.md: the analyst, board
 * members, the named senior manager, team managers, the director and the lead member). Their figures are scoped
 * by {@code InsightScope}; only the lists behind a figure ever link to a child, and only for someone whose
 * involvement lets them open that child's record.
 */
@Component
public class InsightAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.ANALYST, Role.BOARD_MEMBER, Role.SENIOR_MANAGER,
            Role.TEAM_MANAGER, Role.DIRECTOR, Role.LEAD_MEMBER);
    /** Roles that never open a child's record: their lists name no child and link to none. */
    private static final Set<Role> PSEUDONYMISED = EnumSet.of(Role.ANALYST, Role.BOARD_MEMBER, Role.LEAD_MEMBER);

    public boolean mayView(CurrentUser user) {
        return READERS.stream().anyMatch(user::hasAny);
    }

    /** Whether this viewer sees children only under pseudonyms: everyone whose roles are all analytical. */
    public boolean pseudonymised(CurrentUser user) {
        return EnumSet.complementOf(EnumSet.copyOf(PSEUDONYMISED)).stream().noneMatch(user::hasAny);
    }
}
