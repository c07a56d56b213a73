package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A contract between the card company and a resource party: the basis of its settlement. */
@Entity
@Table(name = "party_contract")
public class PartyContract extends ArchiveRecord {

    @Id
    @Column(name = "contract_no", length = 32)
    private String contractNo;

    @Column(name = "party_code", nullable = false)
    private String partyCode;

    @Column(nullable = false)
    private String title;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "settlement_account", nullable = false)
    private String settlementAccount;

    @Column(name = "settlement_bank", nullable = false)
    private String settlementBank;

    protected PartyContract() {
    }

    public PartyContract(String contractNo, String partyCode) {
        this.contractNo = contractNo;
        this.partyCode = partyCode;
    }

    public String getContractNo() {
        return contractNo;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSettlementAccount() {
        return settlementAccount;
    }

    public String getSettlementBank() {
        return settlementBank;
    }

    void describe(PartyContractRequest request) {
        this.title = request.title();
        this.validFrom = request.validFrom();
        this.validUntil = request.validUntil();
        this.settlementAccount = request.settlementAccount();
        this.settlementBank = request.settlementBank();
    }
}
