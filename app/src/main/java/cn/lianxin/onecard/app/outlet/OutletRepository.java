package cn.lianxin.onecard.app.outlet;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

public interface OutletRepository extends ArchiveRepository<Outlet, String> {
}
