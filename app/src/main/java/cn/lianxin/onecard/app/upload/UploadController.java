package cn.lianxin.onecard.app.upload;

import cn.lianxin.onecard.app.security.CurrentStaff;
import cn.lianxin.onecard.app.web.NotFoundException;
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
 * The HTTP channel of community uploads and the staff's view of uploads and the quarantine.
 * {@code PUT /api/communities/{community}/uploads/{fileName}} takes the file as the body (streamed
 * to a work file, refused with 413 above {@code onecard.exchange.http-max-bytes}) and answers with
 * the ACK file, {@code text/plain}, status 200 for A, P and R alike.
 */
@RestController
@RequestMapping("/api")
class UploadController {

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

    @Operation(summary = "Upload a community file (CONS_…); the answer is its ACK file")
    @PutMapping(value = "/communities/{community}/uploads/{fileName}", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('centre-admin') or hasRole('community-staff')")
    ResponseEntity<byte[]> upload(@PathVariable String community, @PathVariable String fileName,
            HttpServletRequest request) throws IOException {
        staff.requireCommunity(community);
        long max = properties.getHttpMaxBytes();
        if (request.getContentLengthLong() > max) {
            throw new UploadTooLargeException(fileName, request.getContentLengthLong(), max);
        }
        Path dir = properties.getWorkDir().resolve("http");
        Files.createDirectories(dir);
        Path work = Files.createTempFile(dir, "upload-", ".dat");
        try {
            copyAtMost(request.getInputStream(), work, max, fileName);
            UploadAnswer answer = producer.requestBody(UploadRoutes.INGEST,
                    new ReceivedUpload(fileName, community, UploadChannel.HTTP, work), UploadAnswer.class);
            if (answer == null) {
                throw new UnansweredUploadException(fileName, "no handler takes files named like this");
            }
            if (!answer.hasAck()) {
                throw new UnansweredUploadException(fileName, answer.fileReason().code() + " " + answer.reason());
            }
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + answer.ackFileName() + "\"")
                    .header("X-Upload-Status", String.valueOf(answer.status().code()))
                    .body(answer.ack());
        } finally {
            Files.deleteIfExists(work);
        }
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
