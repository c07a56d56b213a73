package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

public interface CardTypeRepository extends ArchiveRepository<CardType, String> {
}
