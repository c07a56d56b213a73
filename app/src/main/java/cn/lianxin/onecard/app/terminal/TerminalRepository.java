package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.archive.ArchiveRepository;
import java.util.Optional;

public interface TerminalRepository extends ArchiveRepository<Terminal, String> {

    Optional<Terminal> findByPsamId(String psamId);
}
