package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.ArchiveRepository;

interface PartyContractRepository extends ArchiveRepository<PartyContract, String> {
}
