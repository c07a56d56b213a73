package cn.lianxin.onecard.app.community;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

interface PropertyCentreRepository extends ArchiveRepository<PropertyCentre, String> {
}
