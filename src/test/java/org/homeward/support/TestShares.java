package org.homeward.support;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** An information share recorded by hand, as the register's form sends it. */
public final class TestShares {

    public static final String SOUTH_GLOS = "6513270e-269e-0d37-f2a7-4de452e6b438";

    private TestShares() {
    }

    /** The social worker tells the child's school, by phone at {@code at}, with the child's consent. */
    public static Map<String, String> phoneCallToSchool(String summary, ZonedDateTime at) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("direction", "SHARED");
        f.put("summary", summary);
        f.put("fromAgencyId", SOUTH_GLOS);
        f.put("fromPerson", "Sam Okafor, social worker");
        f.put("toAgency", "Oak Vale Academy");
        f.put("toPerson", "Jo Bell, designated safeguarding lead");
        FormAnswers.time(f, "shared", at);
        f.put("method", "PHONE");
        f.put("purpose", "So the school can watch for her being collected at the gate");
        f.put("article6", "A6_1E");
        f.put("specialCategory", "no");
        f.put("consent", "GIVEN");
        f.put("consentDetail", "She agreed her school could be told");
        f.put("evidence", "Her return home interview");
        return f;
    }
}
