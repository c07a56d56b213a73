package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import cn.lianxin.onecard.app.cardholder.HolderCategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** A card type: its deposit in fen, how long a card is valid and which holders may have it. */
@Entity
@Table(name = "card_type")
public class CardType extends ArchiveRecord {

    @Id
    @Column(name = "card_type_code", length = 8)
    private String cardTypeCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "deposit_fen", nullable = false)
    private long depositFen;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "card_type_category", joinColumns = @JoinColumn(name = "card_type_code"))
    @Column(name = "holder_category", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<HolderCategory> holderCategories = EnumSet.noneOf(HolderCategory.class);

    protected CardType() {
    }

    CardType(String cardTypeCode) {
        this.cardTypeCode = cardTypeCode;
    }

    public String getCardTypeCode() {
        return cardTypeCode;
    }

    public String getName() {
        return name;
    }

    public long getDepositFen() {
        return depositFen;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    public Set<HolderCategory> getHolderCategories() {
        return Set.copyOf(holderCategories);
    }

    public boolean allows(HolderCategory category) {
        return holderCategories.contains(category);
    }

    void describe(CardTypeRequest request) {
        this.name = request.name();
        this.depositFen = request.depositFen();
        this.validityMonths = request.validityMonths();
        this.holderCategories.clear();
        this.holderCategories.addAll(request.holderCategories());
    }
}
