package cn.lianxin.onecard.app.party;

import java.time.Instant;

public record ResourcePartyView(String partyCode, String name, Industry industry, String contactPerson,
                                String contactPhone, boolean active, Instant createdAt, Instant updatedAt) {

    static ResourcePartyView of(ResourceParty party) {
        return new ResourcePartyView(party.getPartyCode(), party.getName(), party.getIndustry(),
                party.getContactPerson(), party.getContactPhone(), party.isActive(), party.getCreatedAt(),
                party.getUpdatedAt());
    }
}
