package cn.lianxin.onecard.app.terminal;

import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS;
import static cn.lianxin.onecard.app.archive.Identifiers.EIGHT_DIGITS_MESSAGE;
import static cn.lianxin.onecard.app.archive.Identifiers.PSAM_ID;
import static cn.lianxin.onecard.app.archive.Identifiers.PSAM_ID_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Register or change a terminal. A fee terminal or door controller belongs to a community, an
 * outlet reader to an outlet; fee terminals and outlet readers carry a PSAM. The channel decides
 * which settings are needed: INBOX a directory, SFTP host, port, user, path and a cron schedule,
 * HTTP none.
 */
public record TerminalRequest(
        @NotNull @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String terminalId,
        @Pattern(regexp = PSAM_ID, message = PSAM_ID_MESSAGE) String psamId,
        @NotNull TerminalKind kind,
        @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String communityId,
        @Pattern(regexp = EIGHT_DIGITS, message = EIGHT_DIGITS_MESSAGE) String outletId,
        @NotBlank @Size(max = 64) String model,
        @NotBlank @Size(max = 64) String serialNo,
        @NotNull Channel channel,
        @Size(max = 255) String inboxDir,
        @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9.-]*", message = "must be a host name or IPv4 address") String sftpHost,
        @Min(1) @Max(65535) Integer sftpPort,
        @Size(max = 64) String sftpUser,
        @Size(max = 255) String sftpPath,
        @Size(max = 64) String sftpSchedule) {
}
