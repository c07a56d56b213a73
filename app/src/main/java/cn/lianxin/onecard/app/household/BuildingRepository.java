package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

interface BuildingRepository extends ArchiveRepository<Building, Long> {

    boolean existsByCommunityIdAndBuildingNo(String communityId, String buildingNo);
}
