package cn.lianxin.onecard.app.terminal;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A POS machine or terminal: a community's fee terminal or door controller, or an outlet's card
 * reader, with its secure module (PSAM) and the channel its files travel over.
 */
@Entity
@Table(name = "terminal")
public class Terminal extends ArchiveRecord {

    @Id
    @Column(name = "terminal_id", length = 8)
    private String terminalId;

    @Column(name = "psam_id", length = 12)
    private String psamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerminalKind kind;

    @Column(name = "community_id", length = 8)
    private String communityId;

    @Column(name = "outlet_id", length = 8)
    private String outletId;

    @Column(nullable = false)
    private String model;

    @Column(name = "serial_no", nullable = false)
    private String serialNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "inbox_dir")
    private String inboxDir;

    @Column(name = "sftp_host")
    private String sftpHost;

    @Column(name = "sftp_port")
    private Integer sftpPort;

    @Column(name = "sftp_user")
    private String sftpUser;

    @Column(name = "sftp_path")
    private String sftpPath;

    @Column(name = "sftp_schedule")
    private String sftpSchedule;

    protected Terminal() {
    }

    Terminal(String terminalId) {
        this.terminalId = terminalId;
    }

    public String getTerminalId() {
        return terminalId;
    }

    public String getPsamId() {
        return psamId;
    }

    public TerminalKind getKind() {
        return kind;
    }

    public String getCommunityId() {
        return communityId;
    }

    public String getOutletId() {
        return outletId;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getInboxDir() {
        return inboxDir;
    }

    public String getSftpHost() {
        return sftpHost;
    }

    public Integer getSftpPort() {
        return sftpPort;
    }

    public String getSftpUser() {
        return sftpUser;
    }

    public String getSftpPath() {
        return sftpPath;
    }

    public String getSftpSchedule() {
        return sftpSchedule;
    }

    /** Takes a request that {@link TerminalService} has already checked as a whole. */
    void describe(TerminalRequest request) {
        this.psamId = request.psamId();
        this.kind = request.kind();
        this.communityId = request.communityId();
        this.outletId = request.outletId();
        this.model = request.model();
        this.serialNo = request.serialNo();
        this.channel = request.channel();
        boolean inbox = request.channel() == Channel.INBOX;
        boolean sftp = request.channel() == Channel.SFTP;
        this.inboxDir = inbox ? request.inboxDir() : null;
        this.sftpHost = sftp ? request.sftpHost() : null;
        this.sftpPort = sftp ? request.sftpPort() : null;
        this.sftpUser = sftp ? request.sftpUser() : null;
        this.sftpPath = sftp ? request.sftpPath() : null;
        this.sftpSchedule = sftp ? request.sftpSchedule() : null;
    }
}
