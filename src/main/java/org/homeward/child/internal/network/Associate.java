package org.homeward.child.internal.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person in one or more children's lives: family, friend, or a person of concern (DOMAIN.md CR-04). */
@Table("associate")
record Associate(
        @Id UUID id,
        String name,
        String address,
        boolean addressWithheld,
        String phone,
        String socialMedia,
        String vehicle,
        LocalDate lastContactedOn,
        boolean personOfConcern,
        String concernReason,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) implements NetworkRecord {

    /** The fields an audit entry names when they change, by the label people see. */
    static final Map<String, Function<Associate, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("Name", Associate::name);
        FIELDS.put("Address", Associate::address);
        FIELDS.put("Address withheld", Associate::addressWithheld);
        FIELDS.put("Phone", Associate::phone);
        FIELDS.put("Social media", Associate::socialMedia);
        FIELDS.put("Vehicle", Associate::vehicle);
        FIELDS.put("Last contacted by staff", Associate::lastContactedOn);
        FIELDS.put("Person of concern", Associate::personOfConcern);
        FIELDS.put("Reason for concern", Associate::concernReason);
    }

    List<String> fieldsChangedFrom(Associate before) {
        return NetworkRecord.changed(FIELDS, before, this);
    }
}
