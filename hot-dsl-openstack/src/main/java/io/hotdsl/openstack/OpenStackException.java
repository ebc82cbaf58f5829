package io.hotdsl.openstack;

import java.util.Objects;

/**
 * A call to OpenStack failed. The message names the service, the method and the URL, says what
 * went wrong, and has every known secret redacted ({@link Redactor}); no cause is attached, so
 * nothing unredacted travels with it.
 */
public final class OpenStackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure: callers map these to exit statuses and retries. */
  public enum Reason {
    /** The configuration is incomplete or wrong (clouds.yaml, OS_* variables, a bad URL). */
    CONFIG,
    /** No connection could be made, or it broke. */
    CONNECTION,
    /** A connect, read, request or overall deadline passed. */
    TIMEOUT,
    /** The server answered with an error status; {@link #status()} has it. */
    HTTP,
    /** Refused for safety: a redirect, or a URL outside the origins the token may go to. */
    REFUSED,
    /** The answer is not what the API documents: not JSON, or a value of the wrong shape. */
    MALFORMED,
    /** A limit on body size, pages or requests was reached. */
    LIMIT
  }

  private final Reason reason;
  private final int status;

  OpenStackException(Reason reason, String message) {
    this(reason, 0, message);
  }

  OpenStackException(Reason reason, int status, String message) {
    super(message, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
  }

  /** What kind of failure this is. */
  public Reason reason() {
    return reason;
  }

  /** The HTTP status of a {@link Reason#HTTP} failure, else 0. */
  public int status() {
    return status;
  }
}
