package cn.lianxin.onecard.integration.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code onecard.uploads.*}: where files come and go, retries, limits, SFTP credentials. */
@ConfigurationProperties("onecard.uploads")
public class UploadProperties {

    /** This property centre: communities under another centre are F005. */
    private String centreId = "32030001";
    /** Root of the community exchange folders: {@code <root>/<community>/in/} and {@code …/out/}. */
    private Path exchangeRoot = Path.of("data/exchange");
    /** Whether the inbox directories are polled. */
    private boolean inboxEnabled = true;
    /** Inbox poll interval. */
    private Duration inboxDelay = Duration.ofSeconds(2);
    /** Uploads rejected whole and their answers. */
    private Path quarantineDir = Path.of("data/uploads/quarantine");
    /** Files that could not be processed for technical reasons, each with a {@code .reason.txt}. */
    private Path deadLetterDir = Path.of("data/uploads/dead-letter");
    /** Local copies of HTTP bodies and SFTP downloads while they are processed. */
    private Path workDir = Path.of("data/uploads/work");
    /** Redeliveries of a file whose processing failed for a technical reason, before the dead letter. */
    private int maximumRedeliveries = 3;
    /** First delay between redeliveries (doubled each time). */
    private Duration redeliveryDelay = Duration.ofSeconds(2);
    /** Largest HTTP upload body accepted (413 above). */
    private long httpMaxBytes = 64L * 1024 * 1024;
    /** Lines the database checks and stores at a time while the rest of the file is read. */
    private int chunkLines = ChunkedStaging.CHUNK_LINES;
    private final Sftp sftp = new Sftp();

    /** SFTP polling of the communities' servers (host, port, user, path, schedule from the terminal archive). */
    public static class Sftp {
        /** Whether the SFTP pollers are started. */
        private boolean enabled = true;
        /** Password per community id ({@code onecard.uploads.sftp.passwords.32030102}). */
        private Map<String, String> passwords = new HashMap<>();
        /** Password for a community without its own (the centre's one login, {@code onecard.exchange.sftp.password}). */
        private String defaultPassword = "";
        /** Private key file used when a community has no password. */
        private String privateKeyFile = "";
        /** known_hosts of the community servers. */
        private String knownHostsFile = "";
        /** {@code yes} (production) or {@code no}. */
        private String strictHostKeyChecking = "yes";
        /** Sub-directory of the server's path where answers are put. */
        private String answerDir = "out";
        /** Overrides every community's schedule (Spring cron, 6 fields) when set; for tests. */
        private String scheduleOverride = "";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Map<String, String> getPasswords() {
            return passwords;
        }

        public void setPasswords(Map<String, String> passwords) {
            this.passwords = passwords;
        }

        public String getDefaultPassword() {
            return defaultPassword;
        }

        public void setDefaultPassword(String defaultPassword) {
            this.defaultPassword = defaultPassword;
        }

        public String getPrivateKeyFile() {
            return privateKeyFile;
        }

        public void setPrivateKeyFile(String privateKeyFile) {
            this.privateKeyFile = privateKeyFile;
        }

        public String getKnownHostsFile() {
            return knownHostsFile;
        }

        public void setKnownHostsFile(String knownHostsFile) {
            this.knownHostsFile = knownHostsFile;
        }

        public String getStrictHostKeyChecking() {
            return strictHostKeyChecking;
        }

        public void setStrictHostKeyChecking(String strictHostKeyChecking) {
            this.strictHostKeyChecking = strictHostKeyChecking;
        }

        public String getAnswerDir() {
            return answerDir;
        }

        public void setAnswerDir(String answerDir) {
            this.answerDir = answerDir;
        }

        public String getScheduleOverride() {
            return scheduleOverride;
        }

        public void setScheduleOverride(String scheduleOverride) {
            this.scheduleOverride = scheduleOverride;
        }
    }

    public String getCentreId() {
        return centreId;
    }

    public void setCentreId(String centreId) {
        this.centreId = centreId;
    }

    public Path getExchangeRoot() {
        return exchangeRoot;
    }

    public void setExchangeRoot(Path exchangeRoot) {
        this.exchangeRoot = exchangeRoot;
    }

    public boolean isInboxEnabled() {
        return inboxEnabled;
    }

    public void setInboxEnabled(boolean inboxEnabled) {
        this.inboxEnabled = inboxEnabled;
    }

    public Duration getInboxDelay() {
        return inboxDelay;
    }

    public void setInboxDelay(Duration inboxDelay) {
        this.inboxDelay = inboxDelay;
    }

    public Path getQuarantineDir() {
        return quarantineDir;
    }

    public void setQuarantineDir(Path quarantineDir) {
        this.quarantineDir = quarantineDir;
    }

    public Path getDeadLetterDir() {
        return deadLetterDir;
    }

    public void setDeadLetterDir(Path deadLetterDir) {
        this.deadLetterDir = deadLetterDir;
    }

    public Path getWorkDir() {
        return workDir;
    }

    public void setWorkDir(Path workDir) {
        this.workDir = workDir;
    }

    public int getMaximumRedeliveries() {
        return maximumRedeliveries;
    }

    public void setMaximumRedeliveries(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public Duration getRedeliveryDelay() {
        return redeliveryDelay;
    }

    public void setRedeliveryDelay(Duration redeliveryDelay) {
        this.redeliveryDelay = redeliveryDelay;
    }

    public long getHttpMaxBytes() {
        return httpMaxBytes;
    }

    public void setHttpMaxBytes(long httpMaxBytes) {
        this.httpMaxBytes = httpMaxBytes;
    }

    public int getChunkLines() {
        return chunkLines;
    }

    public void setChunkLines(int chunkLines) {
        if (chunkLines < 1) {
            throw new IllegalArgumentException("onecard.uploads.chunk-lines must be at least 1, was " + chunkLines);
        }
        this.chunkLines = chunkLines;
    }

    public Sftp getSftp() {
        return sftp;
    }
}
