package org.homeward.access.internal.admin;

import java.util.List;

class TeamForm {

    static final List<String> FIELD_ORDER = List.of("name");

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
