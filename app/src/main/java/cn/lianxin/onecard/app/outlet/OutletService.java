package cn.lianxin.onecard.app.outlet;

import cn.lianxin.onecard.app.archive.Archive;
import cn.lianxin.onecard.app.archive.Filters;
import cn.lianxin.onecard.app.archive.References;
import cn.lianxin.onecard.app.security.CommunityScope;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recharge outlets; the same for the whole city. */
@Service
@Transactional
public class OutletService {

    private static final CommunityScope CITY_WIDE = CommunityScope.everything();

    private final OutletRepository outlets;
    private final Archive<Outlet, String> archive;

    OutletService(OutletRepository outlets, Clock clock) {
        this.outlets = outlets;
        this.archive = Archive.cityWide("outlet", "outletId", outlets, clock);
    }

    @Transactional(readOnly = true)
    public Page<Outlet> list(String name, Boolean active, Pageable pageable) {
        return archive.list(Filters.allOf(Filters.contains("name", name), Filters.equal("active", active)), pageable,
                CITY_WIDE);
    }

    @Transactional(readOnly = true)
    public Outlet get(String outletId) {
        return archive.get(outletId, CITY_WIDE);
    }

    public Outlet create(OutletRequest request) {
        Outlet outlet = new Outlet(request.outletId());
        outlet.describe(request);
        return archive.create(request.outletId(), outlet, CITY_WIDE);
    }

    public Outlet update(String outletId, OutletRequest request) {
        References.requireSameId("outletId", outletId, request.outletId());
        return archive.update(outletId, CITY_WIDE, outlet -> outlet.describe(request));
    }

    public Outlet deactivate(String outletId) {
        return archive.deactivate(outletId, CITY_WIDE);
    }

    /** For other features: the outlet must exist and be active, or the field is refused. */
    @Transactional(readOnly = true)
    public Outlet requireActive(String field, String outletId) {
        return References.requireActive(outlets.findById(outletId), field, "outlet", outletId);
    }
}
