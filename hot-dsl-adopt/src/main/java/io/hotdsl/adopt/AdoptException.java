package io.hotdsl.adopt;

/** Adoption failed: unreadable input, a cloud that refused or did not answer. */
public class AdoptException extends RuntimeException {
  public AdoptException(String message) {
    super(message);
  }

  public AdoptException(String message, Throwable cause) {
    super(message, cause);
  }
}
