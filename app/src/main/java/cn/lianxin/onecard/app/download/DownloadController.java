package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.app.blacklist.BlacklistKind;
import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Downloads", description = "Files the centre sends to a community: blacklists, bills, terminal parameters")
@RestController
@RequestMapping("/api/communities/{communityId}/downloads")
class DownloadController {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);

    private final DownloadService downloads;
    private final CurrentStaff staff;

    DownloadController(DownloadService downloads, CurrentStaff staff) {
        this.downloads = downloads;
        this.staff = staff;
    }

    /** Makes and sends a new blacklist version: FULL, or DELTA against the version the community confirmed. */
    @PostMapping("/blacklist")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    DownloadRecord blacklist(@PathVariable String communityId, @RequestParam(defaultValue = "FULL") BlacklistKind kind) {
        return downloads.sendBlacklist(communityId, kind);
    }

    /** Makes and sends the open bills of {@code period} (yyyyMM). */
    @PostMapping("/bills")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    DownloadRecord bills(@PathVariable String communityId, @RequestParam String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period, PERIOD);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("period", "'" + period + "' is not a billing period yyyyMM");
        }
        return downloads.sendBills(communityId, month);
    }

    /** Makes and sends the parameters of the community's terminals. */
    @PostMapping("/parameters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('centre-admin')")
    DownloadRecord parameters(@PathVariable String communityId) {
        return downloads.sendParameters(communityId);
    }

    /** Every file made for the community, newest first (what an HTTP community pulls). */
    @GetMapping
    @PreAuthorize("hasAnyRole('centre-admin', 'community-staff')")
    List<DownloadRecord> list(@PathVariable String communityId) {
        staff.requireCommunity(communityId);
        return downloads.list(communityId);
    }

    /** One file's bytes, as text/plain (ASCII). */
    @GetMapping("/{fileName}")
    @PreAuthorize("hasAnyRole('centre-admin', 'community-staff')")
    ResponseEntity<byte[]> file(@PathVariable String communityId, @PathVariable String fileName) {
        staff.requireCommunity(communityId);
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.US_ASCII))
                .body(downloads.pull(communityId, fileName));
    }
}
