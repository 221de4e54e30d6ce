package org.homeward.access.internal.admin;

import java.util.List;

/** A new password for an existing account. Never bound from the request: see UserAdminController. */
class PasswordForm {

    static final List<String> FIELD_ORDER = List.of("password");

    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String toString() {
        return "PasswordForm";
    }
}
