package org.gongkai.app.catalog;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.app.catalog.api.ReviewStep;

/** The catalog settings an agency administrator sets: the 索引号 template and the review steps that apply. */
class SettingsForm {
    private String indexTemplate = "";
    private Set<ReviewStep> steps = EnumSet.noneOf(ReviewStep.class);

    static SettingsForm of(AgencyCatalog c) {
        SettingsForm f = new SettingsForm();
        f.setIndexTemplate(c.indexTemplate());
        f.setSteps(c.steps());
        return f;
    }

    public String getIndexTemplate() {
        return indexTemplate;
    }

    public void setIndexTemplate(String indexTemplate) {
        this.indexTemplate = indexTemplate == null ? "" : indexTemplate;
    }

    public Set<ReviewStep> getSteps() {
        return steps;
    }

    public void setSteps(Set<ReviewStep> steps) {
        this.steps = steps == null || steps.isEmpty() ? EnumSet.noneOf(ReviewStep.class) : EnumSet.copyOf(steps);
    }
}
