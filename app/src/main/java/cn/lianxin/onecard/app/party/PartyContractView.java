package cn.lianxin.onecard.app.party;

import java.time.Instant;
import java.time.LocalDate;

public record PartyContractView(String contractNo, String partyCode, String title, LocalDate validFrom,
                                LocalDate validUntil, String settlementAccount, String settlementBank,
                                boolean active, Instant createdAt, Instant updatedAt) {

    static PartyContractView of(PartyContract contract) {
        return new PartyContractView(contract.getContractNo(), contract.getPartyCode(), contract.getTitle(),
                contract.getValidFrom(), contract.getValidUntil(), contract.getSettlementAccount(),
                contract.getSettlementBank(), contract.isActive(), contract.getCreatedAt(), contract.getUpdatedAt());
    }
}
