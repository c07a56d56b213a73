package cn.lianxin.onecard.app.terminal;

import java.time.Instant;

public record TerminalView(String terminalId, String psamId, TerminalKind kind, String communityId, String outletId,
                           String model, String serialNo, Channel channel, String inboxDir, String sftpHost,
                           Integer sftpPort, String sftpUser, String sftpPath, String sftpSchedule, boolean active,
                           Instant createdAt, Instant updatedAt) {

    static TerminalView of(Terminal t) {
        return new TerminalView(t.getTerminalId(), t.getPsamId(), t.getKind(), t.getCommunityId(), t.getOutletId(),
                t.getModel(), t.getSerialNo(), t.getChannel(), t.getInboxDir(), t.getSftpHost(), t.getSftpPort(),
                t.getSftpUser(), t.getSftpPath(), t.getSftpSchedule(), t.isActive(), t.getCreatedAt(), t.getUpdatedAt());
    }
}
