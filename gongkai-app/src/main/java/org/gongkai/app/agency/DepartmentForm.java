package org.gongkai.app.agency;

/** What an agency administrator types to create or rename a department. */
class DepartmentForm {
    private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    /** The name without the spaces around it. */
    String cleanName() {
        return name.strip();
    }
}
