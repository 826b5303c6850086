package io.lineup.api;

import io.lineup.common.ConflictException;
import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.common.NotActivatableException;
import io.lineup.common.NotFoundException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/** Maps every error to RFC 9457 problem+json, in one place. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.errors());
  }

  @ExceptionHandler(NotActivatableException.class)
  ProblemDetail notActivatable(NotActivatableException e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, "Definition is not complete", e.getMessage(), e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = List.of();
    String detail = "The request body is not valid JSON";
    if (e.getCause() instanceof DatabindException bad) {
      String path = JsonPaths.of(bad);
      detail = "The request body does not fit: " + bad.getOriginalMessage();
      if (!path.isEmpty()) {
        errors = List.of(new FieldError(path, "has a value of the wrong type or an unknown value"));
      }
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "Invalid input", detail, errors));
  }

  static ProblemDetail problem(
      HttpStatus status, String title, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setProperty("errors", errors);
    return problem;
  }
}
