package org.gongkai.app.agency.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** An agency's record as events carry it: name, short name, 统一社会信用代码, supervising office. */
public record AgencyDetails(String name, String shortName, String creditCode, String supervisorName) {
    /** The fields as the record of actions shows them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agencyName", name);
        fields.put("shortName", shortName);
        fields.put("creditCode", creditCode);
        fields.put("supervisor", supervisorName);
        return fields;
    }
}
