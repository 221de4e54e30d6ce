package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AccessPolicyTest {

    static final UUID PROVIDER = UUID.randomUUID();
    static final UUID REFERRED = UUID.randomUUID();
    static final UUID NOT_REFERRED = UUID.randomUUID();

    /** One child referred to one provider, as the return interview module would answer. */
    static final ChildReferrals REFERRALS = new ChildReferrals() {
        @Override
        public boolean referred(UUID agencyId, UUID childId) {
            return PROVIDER.equals(agencyId) && REFERRED.equals(childId);
        }

        @Override
        public Set<UUID> referredTo(UUID agencyId) {
            return PROVIDER.equals(agencyId) ? Set.of(REFERRED) : Set.of();
        }
    };

    /** Involvement needs the database: {@code ChildAccessMatrixTest} proves it; here only the roles are tested. */
    private final AccessPolicy policy = new AccessPolicy(
            new StaticListableBeanFactory(Map.of("referrals", REFERRALS)).getBeanProvider(ChildReferrals.class),
            null, null, java.time.Clock.systemUTC());

    private static CurrentUser with(Role role) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", UUID.randomUUID(), "Agency", AgencyKind.LOCAL_AUTHORITY,
                null, Set.of(role), true, false, null);
    }

    private static CurrentUser atProvider(Role... roles) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", PROVIDER, "Provider", AgencyKind.LOCAL_AUTHORITY,
                null, Set.of(roles), true, false, null);
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
    void theCouncilsRiskScreeningIsCompletedByChildrensSocialCareWhoReadTheWholeRecord() {
        for (Role role : Role.values()) {
            boolean council = role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER || role == Role.SENIOR_MANAGER;
            assertThat(policy.mayScreenRisk(with(role))).as(role.name()).isEqualTo(council);
            if (council) {
                assertThat(policy.mayViewChildren(with(role))).as(role.name()).isTrue();
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
        assertThat(policy.mayFindChildren(with(Role.RHI_WORKER))).isTrue();
        assertThat(policy.maySeeSpecialCategory(with(Role.RHI_WORKER))).isFalse();
    }

    @Test
    void returnInterviewWorkersOpenOnlyTheChildrenReferredToTheirAgency() {
        CurrentUser worker = atProvider(Role.RHI_WORKER);
        assertThat(policy.referralsOnly(worker)).isTrue();
        assertThat(policy.mayViewChildren(worker)).as("whole records").isFalse();
        assertThat(policy.mayViewChild(worker, REFERRED)).isTrue();
        assertThat(policy.mayViewChild(worker, NOT_REFERRED)).isFalse();
        assertThat(policy.mayViewChild(with(Role.RHI_WORKER), REFERRED)).as("another provider's referral").isFalse();
        assertThat(policy.childScope(worker).includes(REFERRED)).isTrue();
        assertThat(policy.childScope(worker).includes(NOT_REFERRED)).isFalse();
        assertThat(policy.childScope(worker).ids()).containsExactly(REFERRED);
    }

    @Test
    void aWiderRoleBesideReturnInterviewsKeepsItsWiderAccess() {
        CurrentUser both = atProvider(Role.RHI_WORKER, Role.SOCIAL_WORKER);
        assertThat(policy.referralsOnly(both)).isFalse();
        assertThat(policy.mayViewChildren(both)).isTrue();
        assertThat(policy.childScope(both).everyChildIncluded()).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.RHI_WORKER) {
                assertThat(policy.referralsOnly(with(role))).as(role.name()).isFalse();
                assertThat(policy.childScope(with(role)).everyChildIncluded()).as(role.name()).isTrue();
            }
        }
    }

    @Test
    void withoutTheReturnInterviewModuleAProviderOpensNoChild() {
        AccessPolicy alone = new AccessPolicy(new StaticListableBeanFactory().getBeanProvider(ChildReferrals.class),
                null, null, java.time.Clock.systemUTC());
        assertThat(alone.mayViewChild(atProvider(Role.RHI_WORKER), REFERRED)).isFalse();
        assertThat(alone.childScope(atProvider(Role.RHI_WORKER)).includes(REFERRED)).isFalse();
    }

    @Test
    void nobodySignedInMayDoAnything() {
        assertThat(policy.mayViewChildren(null)).isFalse();
        assertThat(policy.mayFindChildren(null)).isFalse();
        assertThat(policy.mayViewChild(null, REFERRED)).isFalse();
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
