package io.hotdsl.openstack;

import io.hotdsl.openstack.OpenStackException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One HTTP exchange with every deadline held: java.net.http's request timeout covers the wait
 * for the headers only, so the body is read from a stream that a watchdog closes when the read
 * timeout or the request's deadline passes. Redirects are never followed; the body is bounded.
 */
final class Transport {

  /** The answer as received: status, headers and the whole body. */
  record Raw(int status, HttpHeaders headers, byte[] body) {}

  /** A failure before any message context (service, URL) is added. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final Reason reason;

    Failure(Reason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final HttpClient http;
  private final Timeouts timeouts;
  private final long maxBodyBytes;

  Transport(Timeouts timeouts, long maxBodyBytes) {
    this.timeouts = timeouts;
    this.maxBodyBytes = maxBodyBytes;
    this.http = HttpClient.newBuilder()
        .connectTimeout(timeouts.connect())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  Duration requestTimeout() {
    return timeouts.request();
  }

  /**
   * Sends one request and reads the whole answer by {@code deadlineNanos} (a
   * {@link System#nanoTime()} value); {@code deadlineName} says which deadline that is.
   */
  Raw exchange(
      String method,
      URI uri,
      Map<String, String> headers,
      byte[] body,
      long deadlineNanos,
      String deadlineName)
      throws Failure {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      throw new Failure(
          Reason.TIMEOUT, "timeout: the " + deadlineName + " passed before the request was sent");
    }
    boolean readFirst = timeouts.read().toNanos() <= left;
    Duration headerWait = readFirst ? timeouts.read() : Duration.ofNanos(left);
    HttpRequest.Builder r = HttpRequest.newBuilder(uri)
        .timeout(headerWait)
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(r::header);
    HttpResponse<InputStream> response;
    try {
      response = http.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new Failure(
          Reason.TIMEOUT,
          "timeout: no connection within " + seconds(timeouts.connect()) + " (connect timeout)");
    } catch (HttpTimeoutException e) {
      throw new Failure(
          Reason.TIMEOUT,
          readFirst
              ? "timeout: no answer within " + seconds(timeouts.read()) + " (read timeout)"
              : "timeout: no answer within the " + deadlineName);
    } catch (ConnectException e) {
      throw new Failure(Reason.CONNECTION, "cannot connect (" + describe(e) + ")");
    } catch (IOException e) {
      throw new Failure(Reason.CONNECTION, "connection failed (" + describe(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(Reason.CONNECTION, "interrupted");
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBodyBytes) {
      close(response.body());
      throw new Failure(
          Reason.LIMIT,
          "the answer's body of " + declared + " bytes is larger than the limit of " + maxBodyBytes
              + " bytes");
    }
    return new Raw(
        response.statusCode(),
        response.headers(),
        readBody(response.body(), deadlineNanos, deadlineName));
  }

  private byte[] readBody(InputStream in, long deadlineNanos, String deadlineName) throws Failure {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    long readNanos = timeouts.read().toNanos();
    try {
      while (true) {
        long now = System.nanoTime();
        long untilDeadline = deadlineNanos - now;
        if (untilDeadline <= 0) {
          throw new Failure(
              Reason.TIMEOUT,
              "timeout: the body was not complete within the " + deadlineName + " (" + out.size()
                  + " bytes read)");
        }
        boolean deadlineFirst = untilDeadline <= readNanos;
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watch = WATCHDOG.schedule(
            () -> {
              expired.set(true);
              close(in);
            },
            Math.min(untilDeadline, readNanos),
            TimeUnit.NANOSECONDS);
        int n;
        try {
          n = in.read(chunk);
        } catch (IOException e) {
          if (!expired.get()) {
            throw new Failure(
                Reason.CONNECTION,
                "the connection broke while reading the body (" + describe(e) + ")");
          }
          n = -1;
        } finally {
          watch.cancel(false);
        }
        if (expired.get()) {
          throw new Failure(
              Reason.TIMEOUT,
              deadlineFirst
                  ? "timeout: the body was not complete within the " + deadlineName + " ("
                      + out.size() + " bytes read)"
                  : "timeout: no bytes of the body for " + seconds(timeouts.read())
                      + " (read timeout, " + out.size() + " bytes read)");
        }
        if (n < 0) {
          return out.toByteArray();
        }
        if (out.size() + (long) n > maxBodyBytes) {
          throw new Failure(
              Reason.LIMIT,
              "the answer's body is larger than the limit of " + maxBodyBytes + " bytes");
        }
        out.write(chunk, 0, n);
      }
    } finally {
      close(in);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException e) {
      // closing is best effort: the exchange already failed or finished
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format("%.1f s", ms / 1000.0);
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, task -> {
      Thread t = new Thread(task, "hot-dsl-openstack-watchdog");
      t.setDaemon(true);
      return t;
    });
    e.setRemoveOnCancelPolicy(true);
    return e;
  }
}
