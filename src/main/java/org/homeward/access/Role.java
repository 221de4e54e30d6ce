package org.homeward.access;

import java.util.EnumSet;
import java.util.Set;

/** The people of JOURNEYS.md. A role belongs with the kinds of agency whose staff do that job. */
public enum Role {
    POLICE_OFFICER("Police officer", EnumSet.of(AgencyKind.POLICE_FORCE)),
    MISSING_COORDINATOR("Police missing-person coordinator", EnumSet.of(AgencyKind.POLICE_FORCE)),
    CARE_WORKER("Care worker (residential or foster)", EnumSet.of(AgencyKind.CARE_PROVIDER, AgencyKind.LOCAL_AUTHORITY)),
    SOCIAL_WORKER("Social worker", EnumSet.of(AgencyKind.LOCAL_AUTHORITY)),
    RHI_WORKER("Return home interview worker", EnumSet.of(AgencyKind.RHI_PROVIDER, AgencyKind.LOCAL_AUTHORITY)),
    TEAM_MANAGER("Team manager", EnumSet.allOf(AgencyKind.class)),
    SENIOR_MANAGER("Named senior manager", EnumSet.allOf(AgencyKind.class)),
    /** Reviews looked-after children's care plans, independent of their management (Care Planning Regulations 2010). */
    IRO("Independent Reviewing Officer", EnumSet.of(AgencyKind.LOCAL_AUTHORITY)),
    /** The statutory Director of Children's Services: told of a prolonged episode (DOMAIN.md OV-02). */
    DIRECTOR("Director of Children's Services", EnumSet.of(AgencyKind.LOCAL_AUTHORITY)),
    /** The councillor who is Lead Member for children's services: told, never opens a child's record. */
    LEAD_MEMBER("Lead Member for children's services", EnumSet.of(AgencyKind.LOCAL_AUTHORITY)),
    ANALYST("Partnership analyst", EnumSet.allOf(AgencyKind.class)),
    /** A member of the safeguarding partnership's board: its reports, never a child's record. */
    BOARD_MEMBER("Board member", EnumSet.allOf(AgencyKind.class)),
    AUDITOR("Auditor", EnumSet.allOf(AgencyKind.class)),
    ADMINISTRATOR("Administrator", EnumSet.allOf(AgencyKind.class));

    private final String label;
    private final Set<AgencyKind> agencyKinds;

    Role(String label, Set<AgencyKind> agencyKinds) {
        this.label = label;
        this.agencyKinds = agencyKinds;
    }

    public String label() {
        return label;
    }

    public boolean fits(AgencyKind kind) {
        return agencyKinds.contains(kind);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
