package org.homeward.rhi.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.ChildReferrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child is referred to the provider that an interview offer for them is assigned to, and stays
 * referred after the offer is done: the provider still answers for the interview it held.
 */
@Component
class ProviderReferrals implements ChildReferrals {

    private final JdbcClient jdbc;

    ProviderReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean referred(UUID agencyId, UUID childId) {
        return jdbc.sql("""
                select exists (select 1 from rhi_offer where provider_agency_id = :agency and child_id = :child)""")
                .param("agency", agencyId).param("child", childId)
                .query(Boolean.class).single();
    }

    @Override
    public Set<UUID> referredTo(UUID agencyId) {
        return new HashSet<>(jdbc.sql("select distinct child_id from rhi_offer where provider_agency_id = :agency")
                .param("agency", agencyId).query(UUID.class).list());
    }
}
