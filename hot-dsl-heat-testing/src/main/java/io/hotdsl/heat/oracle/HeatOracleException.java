package io.hotdsl.heat.oracle;

/** The Heat oracle could not produce a verdict (process failure, no JSON, or a failed load). */
public final class HeatOracleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HeatOracleException(String message) {
    super(message);
  }

  public HeatOracleException(String message, Throwable cause) {
    super(message, cause);
  }
}
