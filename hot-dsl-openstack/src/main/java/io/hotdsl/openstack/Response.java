package io.hotdsl.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.hotdsl.openstack.OpenStackException.Reason;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An answer of an OpenStack API: status, headers, body. Failures it reports name the service, the
 * method and the URL, with secrets redacted.
 */
public final class Response {

  private final String service;
  private final String method;
  private final String url;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final Redactor redactor;

  Response(
      String service,
      String method,
      String url,
      int status,
      HttpHeaders headers,
      byte[] body,
      Redactor redactor) {
    this.service = service;
    this.method = method;
    this.url = url;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.redactor = redactor;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The first value of header {@code name}. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The body as UTF-8 text. */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** This answer if its status is 2xx, else an {@link Reason#HTTP} failure with an excerpt. */
  public Response requireSuccess() {
    if (status / 100 != 2) {
      throw failure(
          Reason.HTTP,
          true,
          "HTTP " + status + (status == 401 ? " (token refused)" : "") + excerpt());
    }
    return this;
  }

  /** The body as a JSON object, or a {@link Reason#MALFORMED} failure with an excerpt. */
  public JsonNode json() {
    JsonNode tree;
    try {
      tree = Session.JSON.readTree(body);
    } catch (IOException e) {
      throw failure(Reason.MALFORMED, false, "the answer is not JSON" + excerpt());
    }
    if (tree == null || !tree.isObject()) {
      throw failure(Reason.MALFORMED, false, "the answer is not a JSON object" + excerpt());
    }
    return tree;
  }

  /** A failure about this answer: "service [METHOD] url: detail", redacted. */
  OpenStackException failure(Reason reason, boolean withMethod, String detail) {
    return new OpenStackException(
        reason,
        reason == Reason.HTTP ? status : 0,
        redactor.redact(service + " " + (withMethod ? method + " " : "") + url + ": " + detail));
  }

  /** ": " and the first 200 characters of the body, on one line, or "" if it is empty. */
  String excerpt() {
    String s = body().strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return "";
    }
    s = redactor.redact(s);
    return ": " + (s.length() > 200 ? s.substring(0, 200) + "…" : s);
  }

  @Override
  public String toString() {
    return redactor.redact(service + " " + method + " " + url) + " → HTTP " + status;
  }
}
