package cn.lianxin.onecard.app.community;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.party.ResourcePartyService;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.security.IdentityBootstrap;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Property centres and their communities. A new community also gets its Camunda group, so staff
 * can be put into it (Camunda Admin) and then see that community's data and tasks.
 */
@Service
@Transactional
public class CommunityService {

    private static final CommunityScope CITY_WIDE = CommunityScope.everything();

    private final PropertyCentreRepository centres;
    private final CommunityRepository communities;
    private final Archive<PropertyCentre, String> centreArchive;
    private final Archive<Community, String> communityArchive;
    private final ResourcePartyService parties;
    private final IdentityBootstrap identity;

    CommunityService(PropertyCentreRepository centres, CommunityRepository communities, ResourcePartyService parties,
                     IdentityBootstrap identity, Clock clock) {
        this.centres = centres;
        this.communities = communities;
        this.parties = parties;
        this.identity = identity;
        this.centreArchive = Archive.cityWide("property centre", "centreId", centres, clock);
        this.communityArchive = Archive.perCommunity("community", "communityId", communities,
                Filters.communityAttribute("communityId"), Community::getCommunityId, clock);
    }

    @Transactional(readOnly = true)
    public Page<PropertyCentre> listCentres(String name, Boolean active, Pageable pageable) {
        return centreArchive.list(Filters.allOf(Filters.contains("name", name), Filters.equal("active", active)),
                pageable, CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public PropertyCentre getCentre(String centreId) {
        return centreArchive.get(centreId, CITY_WIDE);
    }

    public PropertyCentre createCentre(PropertyCentreRequest request) {
        PropertyCentre centre = new PropertyCentre(request.centreId());
        centre.describe(request.name(), request.address());
        return centreArchive.create(request.centreId(), centre, CITY_WIDE);
    }

    public PropertyCentre updateCentre(String centreId, PropertyCentreRequest request) {
        References.requireSameId("centreId", centreId, request.centreId());
        return centreArchive.update(centreId, CITY_WIDE, centre -> centre.describe(request.name(), request.address()));
    }

    public PropertyCentre deactivateCentre(String centreId) {
        return centreArchive.deactivate(centreId, CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public Page<Community> list(String centreId, String name, Boolean active, Pageable pageable, CommunityScope scope) {
        return communityArchive.list(Filters.allOf(Filters.equal("centreId", centreId), Filters.contains("name", name),
                Filters.equal("active", active)), pageable, scope);
    }

    @Transactional(readOnly = true)
    public Community get(String communityId, CommunityScope scope) {
        return communityArchive.get(communityId, scope);
    }

    public Community create(CommunityRequest request) {
        checkReferences(request);
        Community community = new Community(request.communityId());
        describe(community, request);
        Community created = communityArchive.create(request.communityId(), community, CITY_WIDE);
        identity.ensureCommunityGroup(created.getCommunityId(), created.getName());
        return created;
    }

    public Community update(String communityId, CommunityRequest request, CommunityScope scope) {
        References.requireSameId("communityId", communityId, request.communityId());
        checkReferences(request);
        return communityArchive.update(communityId, scope, community -> describe(community, request));
    }

    public Community deactivate(String communityId) {
        return communityArchive.deactivate(communityId, CITY_WIDE);
    }

    /** For other features: the community must exist and be active, or the field is refused. */
    @Transactional(readOnly = true)
    public Community requireActive(String field, String communityId) {
        return References.requireActive(communities.findById(communityId), field, "community", communityId);
    }

    private void checkReferences(CommunityRequest request) {
        References.requireActive(centres.findById(request.centreId()), "centreId", "property centre", request.centreId());
        parties.requirePropertyCompany("propertyCompanyCode", request.propertyCompanyCode());
    }

    private static void describe(Community community, CommunityRequest request) {
        community.describe(request.centreId(), request.name(), request.address(), request.propertyCompanyCode());
    }
}
