package cn.lianxin.onecard.app.community;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

public interface CommunityRepository extends ArchiveRepository<Community, String> {
}
