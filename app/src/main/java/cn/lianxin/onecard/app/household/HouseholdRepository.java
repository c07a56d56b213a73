package cn.lianxin.onecard.app.household;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

public interface HouseholdRepository extends ArchiveRepository<Household, String> {

    boolean existsByBuildingIdAndUnitNoAndRoomNo(Long buildingId, String unitNo, String roomNo);
}
