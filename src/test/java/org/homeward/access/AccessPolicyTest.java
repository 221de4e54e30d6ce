package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static CurrentUser with(Role role) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", UUID.randomUUID(), "Agency", AgencyKind.LOCAL_AUTHORITY,
                null, Set.of(role), true, false, null);
    }

    @Test
    void everyoneWhoMayEditAChildMaySeeEveryFieldTheyEdit() {
        for (Role role : Role.values()) {
            CurrentUser user = with(role);
            if (policy.mayEditChildren(user)) {
                assertThat(policy.maySeeSpecialCategory(user)).as(role.name()).isTrue();
                assertThat(policy.mayViewChildren(user)).as(role.name()).isTrue();
            }
        }
    }

    @Test
    void carersKeepThePhilomenaProfileAndEveryoneWhoDoesSeesItsHealthFields() {
        assertThat(policy.mayEditPhilomena(with(Role.CARE_WORKER))).isTrue();
        assertThat(policy.mayEditChildren(with(Role.CARE_WORKER))).isFalse();
        assertThat(policy.mayEditPhilomena(with(Role.RHI_WORKER))).isFalse();
        assertThat(policy.mayEditPhilomena(with(Role.ANALYST))).isFalse();
        assertThat(policy.mayExportPolicePack(with(Role.ANALYST))).isFalse();
        for (Role role : Role.values()) {
            CurrentUser user = with(role);
            if (policy.mayEditPhilomena(user) || policy.mayExportPolicePack(user)) {
                assertThat(policy.maySeeSpecialCategory(user)).as(role.name()).isTrue();
                assertThat(policy.mayViewChildren(user)).as(role.name()).isTrue();
            }
        }
    }

    @Test
    void analystsAndAdministratorsCannotOpenIdentifiableRecords() {
        assertThat(policy.mayViewChildren(with(Role.ANALYST))).isFalse();
        assertThat(policy.mayViewChildren(with(Role.ADMINISTRATOR))).isFalse();
    }

    @Test
    void returnInterviewWorkersDoNotSeeSpecialCategoryData() {
        assertThat(policy.mayViewChildren(with(Role.RHI_WORKER))).isTrue();
        assertThat(policy.maySeeSpecialCategory(with(Role.RHI_WORKER))).isFalse();
    }

    @Test
    void nobodySignedInMayDoAnything() {
        assertThat(policy.mayViewChildren(null)).isFalse();
        assertThat(policy.mayAdminister(null)).isFalse();
        assertThat(policy.mayReadAuditTrail(null)).isFalse();
    }

    @Test
    void rolesBelongWithTheirKindOfAgency() {
        assertThat(Role.POLICE_OFFICER.fits(AgencyKind.POLICE_FORCE)).isTrue();
        assertThat(Role.POLICE_OFFICER.fits(AgencyKind.LOCAL_AUTHORITY)).isFalse();
        assertThat(Role.SOCIAL_WORKER.fits(AgencyKind.POLICE_FORCE)).isFalse();
        assertThat(Role.RHI_WORKER.fits(AgencyKind.RHI_PROVIDER)).isTrue();
        assertThat(Role.CARE_WORKER.fits(AgencyKind.CARE_PROVIDER)).isTrue();
    }
}
