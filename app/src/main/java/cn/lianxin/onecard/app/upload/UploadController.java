package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.NotFoundException;
import cn.lianxin.onecard.integration.exchange.ConfirmationReceiver.ConfirmationOutcome;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.upload.ReceivedUpload;
import cn.lianxin.onecard.integration.upload.UploadAnswer;
import cn.lianxin.onecard.integration.upload.UploadChannel;
import cn.lianxin.onecard.integration.upload.UploadRoutes;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP channel of community files and the staff's view of uploads and the quarantine.
 * {@code PUT /api/communities/{community}/uploads/{fileName}} takes the file as the body (streamed
 * to a work file, refused with 413 above {@code onecard.exchange.http-max-bytes}) and hands it to
 * {@code direct:upload-ingest}, which dispatches by name: a {@code CONS_} upload is answered with
 * its ACK file, {@code text/plain}, status 200 for A, P and R alike; a {@code BLA_} confirmation
 * with one line saying what was recorded (200), or 422 with the reason (the line and field of a
 * bad file). The old {@code PUT …/confirmations/{fileName}} takes the same path.
 */
@RestController
@RequestMapping("/api")
class UploadController {

    /** The work files of uploads in progress: {@code <work-dir>/http/upload-….dat} ({@link StaleHttpWorkFiles} cleans them at start). */
    static final String WORK_FILE_PREFIX = "upload-";
    static final String WORK_FILE_SUFFIX = ".dat";
    static final String WORK_FILE_GLOB = WORK_FILE_PREFIX + "*" + WORK_FILE_SUFFIX;

    private final ProducerTemplate producer;
    private final ExchangeProperties properties;
    private final CurrentStaff staff;
    private final UploadBatches batches;

    UploadController(ProducerTemplate producer, ExchangeProperties properties, CurrentStaff staff, UploadBatches batches) {
        this.producer = producer;
        this.properties = properties;
        this.staff = staff;
        this.batches = batches;
    }

    @Operation(summary = "Upload a community file: a CONS_… upload (the answer is its ACK file) or a BLA_… "
            + "blacklist confirmation (the answer says what was recorded; 422 names the line and field of a bad one)")
    @PutMapping(value = "/communities/{community}/uploads/{fileName}", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    ResponseEntity<?> upload(@PathVariable String community, @PathVariable String fileName, HttpServletRequest request)
            throws IOException {
        Object answer = receive(community, fileName, request, UploadRoutes.INGEST);
        if (answer instanceof ConfirmationOutcome outcome) {
            return outcome.accepted() ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                    .body((fileName + ": " + outcome.reason() + "\n").getBytes(StandardCharsets.UTF_8))
                    : refused(fileName, outcome);
        }
        UploadAnswer upload = (UploadAnswer) answer;
        if (upload == null) {
            throw new UnansweredUploadException(fileName, "no handler takes files named like this");
        }
        if (!upload.hasAck()) {
            throw new UnansweredUploadException(fileName, upload.fileReason().code() + " " + upload.reason());
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + upload.ackFileName() + "\"")
                .header("X-Upload-Status", String.valueOf(upload.status().code()))
                .body(upload.ack());
    }

    /**
     * The confirmations endpoint of before BLA files went through the uploads endpoint, kept for
     * the communities that use it: the same code path (a confirmation whatever its name), its
     * answer as it was — 200 with {@code {accepted, reason}}, 422 with the reason.
     */
    @Operation(summary = "A blacklist confirmation (BLA_…); use PUT …/uploads/{fileName}", deprecated = true)
    @PutMapping(path = "/communities/{community}/confirmations/{fileName}", consumes = "*/*")
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    ResponseEntity<?> confirm(@PathVariable String community, @PathVariable String fileName, HttpServletRequest request)
            throws IOException {
        ConfirmationOutcome outcome = (ConfirmationOutcome) receive(community, fileName, request, UploadRoutes.CONFIRMATION);
        return outcome.accepted() ? ResponseEntity.ok(outcome) : refused(fileName, outcome);
    }

    /**
     * The HTTP channel: checks the caller may act for {@code community}, streams the body to a
     * work file (413 above the limit) and hands it to {@code endpoint}; returns its answer.
     */
    private Object receive(String community, String fileName, HttpServletRequest request, String endpoint)
            throws IOException {
        staff.requireCommunity(community);
        long max = properties.getHttpMaxBytes();
        if (request.getContentLengthLong() > max) {
            throw new UploadTooLargeException(fileName, request.getContentLengthLong(), max);
        }
        Path dir = properties.getWorkDir().resolve("http");
        Files.createDirectories(dir);
        Path work = Files.createTempFile(dir, WORK_FILE_PREFIX, WORK_FILE_SUFFIX);
        try {
            copyAtMost(request.getInputStream(), work, max, fileName);
            return producer.requestBody(endpoint, new ReceivedUpload(fileName, community, UploadChannel.HTTP, work));
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static ResponseEntity<ProblemDetail> refused(String fileName, ConfirmationOutcome outcome) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, outcome.reason());
        problem.setTitle("Confirmation refused");
        problem.setProperty("fileName", fileName);
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void copyAtMost(InputStream in, Path target, long max, String fileName) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    throw new UploadTooLargeException(fileName, total, max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    @Operation(summary = "Uploads received, newest first (status R: the quarantine)")
    @GetMapping("/uploads")
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    List<UploadBatchView> list(@RequestParam(required = false) String community,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
        return batches.list(staff.scope(), community, status, Math.max(1, Math.min(limit, 1000)));
    }

    @Operation(summary = "One upload")
    @GetMapping("/uploads/{id}")
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    UploadBatchView get(@PathVariable long id) {
        return batches.find(staff.scope(), id).orElseThrow(() -> new NotFoundException("upload", id));
    }

    @Operation(summary = "The acknowledgement given to an upload")
    @GetMapping(value = "/uploads/{id}/ack", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    ResponseEntity<byte[]> ack(@PathVariable long id) {
        UploadBatchView view = get(id);
        byte[] ack = batches.ack(id).orElseThrow(() -> new NotFoundException("acknowledgement of upload", id));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + view.ackFileName() + "\"").body(ack);
    }

    @Operation(summary = "The file of a quarantined upload (rejected whole), as received")
    @GetMapping(value = "/uploads/{id}/file", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    ResponseEntity<Resource> file(@PathVariable long id) {
        get(id);
        Path path = batches.quarantinePath(id).filter(Files::isReadable)
                .orElseThrow(() -> new NotFoundException("quarantined file of upload", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + path.getFileName() + "\"")
                .body(new FileSystemResource(path));
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(UploadTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        problem.setTitle("Upload too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(UnansweredUploadException.class)
    ResponseEntity<ProblemDetail> unanswered(UnansweredUploadException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Upload not answerable");
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The body is larger than the configured limit. */
    static final class UploadTooLargeException extends RuntimeException {
        UploadTooLargeException(String fileName, long size, long max) {
            super("Upload " + fileName + " is larger than the limit of " + max + " bytes (at least " + size
                    + " bytes sent); split it into several batches");
        }
    }

    /** No ACK can be named for the file (its name is broken) or no handler takes it. */
    static final class UnansweredUploadException extends RuntimeException {
        UnansweredUploadException(String fileName, String why) {
            super("Upload " + fileName + " cannot be answered with an ACK: " + why);
        }
    }

}
