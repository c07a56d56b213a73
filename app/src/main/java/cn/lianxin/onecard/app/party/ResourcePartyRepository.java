package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

public interface ResourcePartyRepository extends ArchiveRepository<ResourceParty, String> {
}
