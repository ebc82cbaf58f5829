package io.hotdsl.openstack;

import java.time.Duration;
import java.util.Objects;

/**
 * The deadlines of each request: establishing the connection, waiting for any bytes (the headers
 * or the next part of the body), and the whole request from sending it to the last byte of the
 * body. A server that sends its headers and then trickles the body one byte a second meets the
 * read timeout but not the request deadline.
 *
 * @param connect the longest wait for a connection
 * @param read the longest wait for the next bytes of an answer
 * @param request the longest time one request may take, body included
 */
public record Timeouts(Duration connect, Duration read, Duration request) {

  /** The longest timeout: one day (declared first: {@link #DEFAULT} is checked against it). */
  public static final Duration MAX = Duration.ofDays(1);

  /** 30 s each. */
  public static final Timeouts DEFAULT = of(Duration.ofSeconds(30));

  public Timeouts {
    positive(connect, "connect");
    positive(read, "read");
    positive(request, "request");
  }

  /** The same duration for connect, read and the whole request. */
  public static Timeouts of(Duration each) {
    return new Timeouts(each, each, each);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero() || d.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "the " + name + " timeout must be positive and at most " + "a day, not " + d);
    }
  }
}
