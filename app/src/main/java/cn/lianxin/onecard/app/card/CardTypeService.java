package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.security.CommunityScope;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Card types; the same for the whole city. */
@Service
@Transactional
public class CardTypeService {

    private static final CommunityScope CITY_WIDE = CommunityScope.everything();

    private final Archive<CardType, String> archive;

    CardTypeService(CardTypeRepository types, Clock clock) {
        this.archive = Archive.cityWide("card type", "cardTypeCode", types, clock);
    }

    @Transactional(readOnly = true)
    public Page<CardType> list(String name, Boolean active, Pageable pageable) {
        return archive.list(Filters.allOf(Filters.contains("name", name), Filters.equal("active", active)), pageable,
                CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public CardType get(String code) {
        return archive.get(code, CITY_WIDE);
    }

    public CardType create(CardTypeRequest request) {
        CardType type = new CardType(request.cardTypeCode());
        type.describe(request);
        return archive.create(request.cardTypeCode(), type, CITY_WIDE);
    }

    public CardType update(String code, CardTypeRequest request) {
        References.requireSameId("cardTypeCode", code, request.cardTypeCode());
        return archive.update(code, CITY_WIDE, type -> type.describe(request));
    }

    public CardType deactivate(String code) {
        return archive.deactivate(code, CITY_WIDE);
    }
}
