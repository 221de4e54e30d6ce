package org.homeward.child.internal.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A place children use, recorded once however many times it is used (DOMAIN.md CR-05). Its match
 * key, which stops the same place being recorded twice, is computed by the database.
 */
@Table("location")
record Location(
        @Id UUID id,
        String description,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean riskAssessed,
        String riskNotes,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) implements NetworkRecord {

    static final Map<String, Function<Location, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("Description", Location::description);
        FIELDS.put("Address line 1", Location::addressLine1);
        FIELDS.put("Address line 2", Location::addressLine2);
        FIELDS.put("Town or city", Location::town);
        FIELDS.put("Postcode", Location::postcode);
        FIELDS.put("Latitude", Location::latitude);
        FIELDS.put("Longitude", Location::longitude);
        FIELDS.put("Risk-assessed location", Location::riskAssessed);
        FIELDS.put("Risk notes", Location::riskNotes);
    }

    List<String> fieldsChangedFrom(Location before) {
        return NetworkRecord.changed(FIELDS, before, this);
    }

    public String address() {
        return String.join(", ", java.util.stream.Stream.of(addressLine1, addressLine2, town, postcode)
                .filter(Objects::nonNull).toList());
    }
}
