package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.security.CommunityScope;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import cn.lianxin.onecard.app.web.NotFoundException;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resource parties and their contracts; one transaction per operation. */
@Service
@Transactional
public class ResourcePartyService {

    private static final CommunityScope CITY_WIDE = CommunityScope.everything();

    private final ResourcePartyRepository parties;
    private final Archive<ResourceParty, String> partyArchive;
    private final Archive<PartyContract, String> contractArchive;

    ResourcePartyService(ResourcePartyRepository parties, PartyContractRepository contracts, Clock clock) {
        this.parties = parties;
        this.partyArchive = Archive.cityWide("resource party", "partyCode", parties, clock);
        this.contractArchive = Archive.cityWide("contract", "contractNo", contracts, clock);
    }

    @Transactional(readOnly = true)
    public Page<ResourceParty> list(Industry industry, String name, Boolean active, Pageable pageable) {
        return partyArchive.list(Filters.allOf(Filters.equal("industry", industry), Filters.contains("name", name),
                Filters.equal("active", active)), pageable, CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public ResourceParty get(String partyCode) {
        return partyArchive.get(partyCode, CITY_WIDE);
    }

    public ResourceParty create(ResourcePartyRequest request) {
        ResourceParty party = new ResourceParty(request.partyCode());
        party.describe(request);
        return partyArchive.create(request.partyCode(), party, CITY_WIDE);
    }

    public ResourceParty update(String partyCode, ResourcePartyRequest request) {
        References.requireSameId("partyCode", partyCode, request.partyCode());
        return partyArchive.update(partyCode, CITY_WIDE, party -> party.describe(request));
    }

    public ResourceParty deactivate(String partyCode) {
        return partyArchive.deactivate(partyCode, CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public Page<PartyContract> contracts(String partyCode, Boolean active, Pageable pageable) {
        get(partyCode);
        return contractArchive.list(Filters.allOf(Filters.equal("partyCode", partyCode), Filters.equal("active", active)),
                pageable, CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public PartyContract contract(String partyCode, String contractNo) {
        PartyContract contract = contractArchive.get(contractNo, CITY_WIDE);
        if (!contract.getPartyCode().equals(partyCode)) {
            throw new NotFoundException("contract", partyCode + "/" + contractNo);
        }
        return contract;
    }

    public PartyContract createContract(String partyCode, PartyContractRequest request) {
        References.requireActive(parties.findById(partyCode), "partyCode", "resource party", partyCode);
        PartyContract contract = new PartyContract(request.contractNo(), partyCode);
        contract.describe(request);
        return contractArchive.create(request.contractNo(), contract, CITY_WIDE);
    }

    public PartyContract updateContract(String partyCode, String contractNo, PartyContractRequest request) {
        References.requireSameId("contractNo", contractNo, request.contractNo());
        contract(partyCode, contractNo);
        return contractArchive.update(contractNo, CITY_WIDE, contract -> contract.describe(request));
    }

    public PartyContract deactivateContract(String partyCode, String contractNo) {
        contract(partyCode, contractNo);
        return contractArchive.deactivate(contractNo, CITY_WIDE);
    }

    /** The property company a community is managed by must be an active party of industry PROPERTY. */
    @Transactional(readOnly = true)
    public void requirePropertyCompany(String field, String partyCode) {
        ResourceParty party = References.requireActive(parties.findById(partyCode), field, "resource party", partyCode);
        if (party.getIndustry() != Industry.PROPERTY) {
            throw new InvalidFieldException(field, "resource party " + partyCode + " is not a property company but "
                    + party.getIndustry());
        }
    }
}
