package org.homeward.access.internal.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A team's name as typed; one the agency already has is refused by the controller. */
class TeamForm {

    static final List<String> FIELD_ORDER = List.of("name");

    @NotNull(message = "Enter the team’s name")
    @Size(max = 200, message = "Team name must be 200 characters or fewer")
    private String name;
    private String version;

    static TeamForm of(Agencies.Team team) {
        TeamForm f = new TeamForm();
        f.name = team.name();
        f.version = Long.toString(team.version());
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
