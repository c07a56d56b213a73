package cn.lianxin.onecard.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.mapping.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our REST API as an RFC 9457 problem: 400 unreadable body or bad parameter, 422
 * invalid fields (each named with its reason in {@code errors}; a value of the wrong JSON shape
 * too, named by its JSON path), 404 unknown record, 409 conflict, 403 denied. Spring MVC's own
 * refusals (415, 405, 406, a missing parameter...) are problems too: the advice extends
 * {@link ResponseEntityExceptionHandler}, which answers each with a {@link ProblemDetail}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String ERRORS = "errors";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return entity(invalid(problems));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameters(ConstraintViolationException exception) {
        List<FieldProblem> problems = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return invalid(problems);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidFields(InvalidFieldException exception) {
        return invalid(exception.problems());
    }

    /**
     * A body that is not JSON is 400; a JSON value of the wrong shape for its field (a float or a
     * string for an integer, a number for an enum, a number beyond {@code long}) is 422 naming the
     * field by its JSON path ({@code holderCategories[0]}).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return entity(invalid(List.of(new FieldProblem(JsonValueProblems.jsonPath(mapping), JsonValueProblems.reason(mapping)))));
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        String reason = "is not valid JSON for this request";
        if (exception.getCause() instanceof JsonProcessingException json
                && json.getLocation() != null) {
            reason += " (at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        } else if (exception.getCause() == null) {
            reason = "is missing or empty";
        }
        problem.setDetail("body: " + reason);
        problem.setProperty(ERRORS, List.of(new FieldProblem("body", reason)));
        return entity(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException exception) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Bad request parameter");
        Class<?> type = exception.getRequiredType();
        String reason = "cannot read '" + exception.getValue() + "'"
                + (type != null && type.isEnum() ? "; one of " + Arrays.toString(type.getEnumConstants())
                : type != null ? " as " + type.getSimpleName() : "");
        problem.setDetail(exception.getName() + ": " + reason);
        problem.setProperty(ERRORS, List.of(new FieldProblem(exception.getName(), reason)));
        return problem;
    }

    /** A required query parameter missing: 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                exception.getParameterName() + ": is required");
        problem.setTitle("Bad request parameter");
        problem.setProperty(ERRORS, List.of(new FieldProblem(exception.getParameterName(), "is required")));
        return entity(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setTitle("Not found");
        pathVariableHolding(request, exception.id()).ifPresent(field -> problem.setProperty(ERRORS,
                List.of(new FieldProblem(field, exception.getMessage() + " (or not in your communities)"))));
        return problem;
    }

    /** The path variable of the request whose value is {@code value} (which part of the address was refused). */
    private static Optional<String> pathVariableHolding(HttpServletRequest request, String value) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map) || value == null) {
            return Optional.empty();
        }
        return map.entrySet().stream().filter(e -> value.equals(e.getValue())).map(e -> String.valueOf(e.getKey())).findFirst();
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty(ERRORS, List.of(new FieldProblem(exception.field(), exception.getMessage())));
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with existing data: " + rootMessage(exception));
        problem.setTitle("Conflict");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload is larger than the " + (exception.getMaxUploadSize() < 0 ? "allowed size"
                        : exception.getMaxUploadSize() / (1024 * 1024) + " MB accepted") + "; nothing was stored");
        problem.setTitle("Upload too large");
        return entity(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return entity(invalid(List.of(new FieldProblem(exception.getRequestPartName(), "is missing from the upload"))));
    }

    /**
     * {@code sort=} naming no sortable property of the records (unknown, or an attempt to inject
     * SQL): 400 naming {@code sort} and the properties that may be sorted by.
     */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail badSort(PropertyReferenceException exception) {
        TreeSet<String> sortable = SortableProperties.of(exception.getType().getType());
        String reason = "cannot sort by '" + exception.getPropertyName() + "'; sort by one of "
                + String.join(", ", sortable) + (sortable.isEmpty() ? "" : " (e.g. sort=" + sortable.first() + ",asc)");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "sort: " + reason);
        problem.setTitle("Bad request parameter");
        problem.setProperty(ERRORS, List.of(new FieldProblem("sort", reason)));
        return problem;
    }

    /** Spring Data wraps a bad sort property when the repository proxy translates exceptions. */
    @ExceptionHandler(InvalidDataAccessApiUsageException.class)
    ProblemDetail badUsage(InvalidDataAccessApiUsageException exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PropertyReferenceException reference) {
                return badSort(reference);
            }
        }
        throw exception;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException exception, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, exception.getMessage());
        problem.setTitle("Forbidden");
        // a refusal of a community outside the caller's scope names the path parameter that named it
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && exception.getMessage() != null) {
            map.entrySet().stream()
                    .filter(e -> exception.getMessage().endsWith(" " + e.getValue()))
                    .findFirst()
                    .ifPresent(e -> problem.setProperty(ERRORS, List.of(new FieldProblem(String.valueOf(e.getKey()),
                            "community " + e.getValue() + " is not one of yours"))));
        }
        if (exception instanceof AuthorizationDeniedException) {
            problem.setDetail("Your role may not do this");
        }
        return problem;
    }

    /**
     * Spring MVC's own refusals (415 unsupported media type, 405, 406, a missing parameter...),
     * already a {@link ProblemDetail}: given the problem media type like every other error.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(exception, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && problem.getDetail() == null) {
            problem.setDetail(exception.getMessage());
        }
        return answer;
    }

    private static ResponseEntity<Object> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle("Invalid request");
        problem.setDetail(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        problem.setProperty(ERRORS, problems);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
