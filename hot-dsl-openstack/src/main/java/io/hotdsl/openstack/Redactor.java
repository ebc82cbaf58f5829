package io.hotdsl.openstack;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is shown: every known secret value (a password, a token, an
 * application credential's secret), as written, JSON-escaped or URL-encoded, wherever it appears
 * (a server may echo it back in an error body), and the user information of any URL
 * ({@code https://user:pw@host} becomes {@code https://***@host}).
 *
 * <p>Immutable; {@link #with} returns a redactor that also knows more secrets.
 */
public final class Redactor {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final Pattern USERINFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s?#\"'<>]*@");

  private static final Redactor NONE = new Redactor(List.of());

  private final List<String> forms;

  private Redactor(List<String> forms) {
    this.forms = forms;
  }

  /** A redactor that knows no secret value (URL user information is still removed). */
  public static Redactor none() {
    return NONE;
  }

  /** A redactor of {@code secrets} (null and empty values are ignored). */
  public static Redactor of(Collection<String> secrets) {
    return NONE.with(secrets.toArray(new String[0]));
  }

  /** This redactor, knowing {@code secrets} too (null and empty values are ignored). */
  public Redactor with(String... secrets) {
    Set<String> all = new LinkedHashSet<>(forms);
    for (String s : secrets) {
      if (s == null || s.isEmpty()) {
        continue;
      }
      all.add(s);
      all.add(new String(JsonStringEncoder.getInstance().quoteAsString(s)));
      all.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
      all.add(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    all.removeIf(String::isEmpty);
    List<String> sorted = new ArrayList<>(all);
    // longest first, so that a secret containing another is masked whole
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(sorted));
  }

  /** {@code text} without URL user information and without any known secret. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String r = text;
    for (String f : forms) {
      r = r.replace(f, MASK);
    }
    Matcher m = USERINFO.matcher(r);
    return m.find() ? m.replaceAll(mr -> Matcher.quoteReplacement(mr.group(1) + MASK + "@")) : r;
  }

  /** Whether {@code text} holds a known secret or URL user information. */
  public boolean leaks(String text) {
    return !Objects.equals(redact(text), text);
  }

  @Override
  public String toString() {
    return "Redactor{" + forms.size() + " forms}";
  }
}
