package io.hotdsl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hotdsl.openstack.Redactor;
import io.hotdsl.openstack.Response;
import java.io.IOException;

/**
 * Heat refused a request: the HTTP status, Heat's error type ({@code StackValidationFailed},
 * {@code EntityNotFound}, {@code StackExists} …) and Heat's own message, on one line with every
 * known secret redacted. Failures to reach Heat at all (connection, timeout, redirect) are
 * {@link io.hotdsl.openstack.OpenStackException}s instead.
 */
public final class HeatException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final String type;
  private final String heatMessage;

  HeatException(int status, String type, String heatMessage, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.heatMessage = heatMessage;
  }

  /** The HTTP status Heat answered with (400, 404, 409 …). */
  public int status() {
    return status;
  }

  /** Heat's error type ({@code error.type}), or "" when the answer did not name one. */
  public String type() {
    return type;
  }

  /** Heat's message alone, on one line and redacted. */
  public String heatMessage() {
    return heatMessage;
  }

  /** Whether the stack (or another entity) does not exist: HTTP 404. */
  public boolean notFound() {
    return status == 404;
  }

  /** Whether an action is in progress or the name is taken: HTTP 409. */
  public boolean conflict() {
    return status == 409;
  }

  /**
   * The failure of answer {@code r} ({@code what} says what was asked, "create stack web"):
   * Heat's {@code {"explanation":…, "error": {"message":…, "type":…}}} when the body is that,
   * else an excerpt of the body.
   */
  static HeatException of(String what, Response r, Redactor redactor) {
    String type = "";
    String message = null;
    try {
      JsonNode body = JSON.readTree(r.body());
      if (body != null && body.isObject()) {
        JsonNode error = body.path("error");
        type = error.path("type").isTextual() ? error.path("type").asText() : "";
        if (error.path("message").isTextual() && !error.path("message").asText().isBlank()) {
          message = error.path("message").asText();
        } else if (body.path("explanation").isTextual()) {
          message = body.path("explanation").asText();
        }
      }
    } catch (IOException e) {
      // not JSON: the excerpt below says what came back
    }
    if (message == null) {
      String text = r.body().strip();
      message =
          text.isEmpty() ? "(no body)" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
    message = redactor.redact(oneLine(message));
    String reason = switch (r.status()) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 413 -> "Request Entity Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "error";
    };
    return new HeatException(
        r.status(),
        type,
        message,
        redactor.redact(what) + ": Heat says "
            + r.status() + " " + reason + (type.isEmpty() ? "" : " (" + type + ")") + ": "
            + message);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\p{Cntrl}&&[^\t]]", "");
  }
}
