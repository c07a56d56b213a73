package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.integration.upload.SftpUploadPollRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the SFTP pollers once the application (and its demo data) is ready. */
@Component
class SftpPollersStarter {

    private static final Logger log = LoggerFactory.getLogger(SftpPollersStarter.class);

    private final SftpUploadPollRoute sftp;

    SftpPollersStarter(SftpUploadPollRoute sftp) {
        this.sftp = sftp;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws Exception {
        log.info("SFTP upload pollers: {}", sftp.reload());
    }
}
