package io.hotdsl.deploy;

/** Heat answered 2xx with a body that is not what its API documents; the message names where. */
public final class MalformedAnswerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedAnswerException(String message) {
    super(message, null, false, false);
  }

  MalformedAnswerException in(String what) {
    return new MalformedAnswerException(what + ": Heat's answer is malformed: " + getMessage());
  }
}
