package cn.lianxin.onecard.integration.exchange;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onecard.exchange.*}: the file exchange with the communities, both ways — where files
 * come and go (inbox directories, SFTP servers, HTTP), the quarantine, the dead letter, the
 * retries of the one error handler, limits and the centre's SFTP login. One group for uploads,
 * confirmations and downloads: they share the directories, the login and the error handling.
 */
@ConfigurationProperties("onecard.exchange")
public class ExchangeProperties {

    /** This property centre: communities under another centre are F005. */
    private String centreId = "32030001";
    /**
     * Root of the community folders: {@code <directory>/<community>/in/} (uploads, confirmations),
     * {@code …/out/} (downloads, ACKs), {@code …/rejected/} (refused confirmations).
     */
    private Path directory = Path.of("data/exchange");
    /** Downloads and confirmations that failed after the retries; default {@code <directory>/dead-letter}. */
    private Path deadLetterDir;
    /** Uploads rejected whole with their answers, and uploads that failed after the retries. */
    private Path quarantineDir = Path.of("data/uploads/quarantine");
    /** Local copies of HTTP bodies and SFTP downloads while they are processed. */
    private Path workDir = Path.of("data/uploads/work");
    /** Redeliveries of a failed exchange (technical failure) before the dead letter; bounded. */
    private int maximumRedeliveries = 3;
    /** First delay between redeliveries, doubled each time (1 s, 2 s, 4 s by default). */
    private Duration redeliveryDelay = Duration.ofSeconds(1);
    /** Largest HTTP upload body accepted (413 above). */
    private long httpMaxBytes = 64L * 1024 * 1024;
    /** Lines of an upload the database checks and stores at a time while the rest of the file is read. */
    private int chunkLines = 100_000;
    private final Inbox inbox = new Inbox();
    private final Sftp sftp = new Sftp();

    /** The inbox directories ({@code <directory>/<community>/in/}). */
    public static class Inbox {
        /** Whether the inbox directories are polled (uploads and confirmations). */
        private boolean enabled = true;
        /** Poll interval. */
        private Duration delay = Duration.ofSeconds(2);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getDelay() {
            return delay;
        }

        public void setDelay(Duration delay) {
            this.delay = delay;
        }
    }

    /**
     * The communities' SFTP servers (host, port, user, path and schedule come from the terminal
     * archive; the centre's login from here).
     */
    public static class Sftp {
        /** Whether the centre collects from the SFTP servers (uploads and confirmations). */
        private boolean enabled = true;
        /** The centre's one password on every community server (used when there is no private key file). */
        private String password = "";
        /** A community's own password, where it differs ({@code passwords.32030102}). */
        private Map<String, String> passwords = new HashMap<>();
        /** Private key file, used for a community without its own password. */
        private String privateKeyFile = "";
        /** known_hosts of the community servers; empty: the user's own (checked) or none (unchecked). */
        private String knownHostsFile = "";
        /** {@code yes} (production) or {@code no}. */
        private String strictHostKeyChecking = "yes";
        /** Sub-directory of the server's path where the centre puts downloads and answers. */
        private String answerDir = "out";
        /** Overrides every community's schedule (Spring cron, 6 fields) when set; for tests. */
        private String scheduleOverride = "";
        /** Collection of confirmations from a server whose terminals name no schedule. */
        private Duration pollDelay = Duration.ofMinutes(30);
        /** Refusals or failures in a row after which a community's channel is FAILING and its pollers back off. */
        private int failingAfter = 3;
        /** Once FAILING, a poller skips this many of its scheduled polls before it dials again (Camel's backoff). */
        private int backoffMultiplier = 4;
        /** Refuse to start unless host keys are checked and known for every SFTP community (production). */
        private boolean requireHostKeys = false;
        /** How long the centre waits for a community server to accept the TCP connection. */
        private Duration connectTimeout = Duration.ofSeconds(10);

        public int getFailingAfter() {
            return failingAfter;
        }

        public void setFailingAfter(int failingAfter) {
            if (failingAfter < 1) {
                throw new IllegalArgumentException("onecard.exchange.sftp.failing-after must be at least 1, was " + failingAfter);
            }
            this.failingAfter = failingAfter;
        }

        public int getBackoffMultiplier() {
            return backoffMultiplier;
        }

        public void setBackoffMultiplier(int backoffMultiplier) {
            if (backoffMultiplier < 1) {
                throw new IllegalArgumentException("onecard.exchange.sftp.backoff-multiplier must be at least 1, was "
                        + backoffMultiplier);
            }
            this.backoffMultiplier = backoffMultiplier;
        }

        public boolean isRequireHostKeys() {
            return requireHostKeys;
        }

        public void setRequireHostKeys(boolean requireHostKeys) {
            this.requireHostKeys = requireHostKeys;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Map<String, String> getPasswords() {
            return passwords;
        }

        public void setPasswords(Map<String, String> passwords) {
            this.passwords = passwords;
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

        public Duration getPollDelay() {
            return pollDelay;
        }

        public void setPollDelay(Duration pollDelay) {
            this.pollDelay = pollDelay;
        }
    }

    public String getCentreId() {
        return centreId;
    }

    public void setCentreId(String centreId) {
        this.centreId = centreId;
    }

    public Path getDirectory() {
        return directory;
    }

    public void setDirectory(Path directory) {
        this.directory = directory;
    }

    public Path getDeadLetterDir() {
        return deadLetterDir != null ? deadLetterDir : directory.resolve("dead-letter");
    }

    public void setDeadLetterDir(Path deadLetterDir) {
        this.deadLetterDir = deadLetterDir;
    }

    public Path getQuarantineDir() {
        return quarantineDir;
    }

    public void setQuarantineDir(Path quarantineDir) {
        this.quarantineDir = quarantineDir;
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

    /** Bounded: Camel would take -1 as "for ever". */
    public void setMaximumRedeliveries(int maximumRedeliveries) {
        if (maximumRedeliveries < 0 || maximumRedeliveries > 10) {
            throw new IllegalArgumentException("onecard.exchange.maximum-redeliveries must be 0 to 10, was "
                    + maximumRedeliveries);
        }
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
            throw new IllegalArgumentException("onecard.exchange.chunk-lines must be at least 1, was " + chunkLines);
        }
        this.chunkLines = chunkLines;
    }

    public Inbox getInbox() {
        return inbox;
    }

    public Sftp getSftp() {
        return sftp;
    }
}
