package io.hotdsl.openstack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL rules: origins (scheme, host, port), user information, version suffixes. */
final class Urls {

  private Urls() {}

  /**
   * {@code url} as a URI, or a message saying why it cannot be one: it must be absolute
   * {@code http} or {@code https} with a host and no user information.
   */
  static URI parse(String url) throws IllegalArgumentException {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL (" + e.getReason() + ")");
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http or https URL");
    }
    if (u.getRawUserInfo() != null) {
      throw new IllegalArgumentException("user information in a URL is not sent; give the "
          + "credentials in the cloud's auth section or OS_* variables");
    }
    if (u.getHost() == null || u.getHost().isEmpty()) {
      throw new IllegalArgumentException("the URL has no host");
    }
    return u;
  }

  /** {@code scheme://host:port} of {@code u}, lower case, with the scheme's default port. */
  static String origin(URI u) {
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  /** The password part of {@code url}'s user information (for redaction), or null. */
  static String userInfoPassword(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return null;
    }
    int end = url.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = url.indexOf(c, scheme + 3);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String authority = url.substring(scheme + 3, end);
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String info = authority.substring(0, at);
    int colon = info.indexOf(':');
    return colon < 0 ? info : info.substring(colon + 1);
  }

  static String stripSuffix(String s, String suffix) {
    String r = s;
    while (r.endsWith(suffix)) {
      r = r.substring(0, r.length() - suffix.length());
    }
    return r;
  }

  /** {@code url} ending with {@code version} (appended unless it is there). */
  static String versioned(String url, String version) {
    String u = stripSuffix(url, "/");
    return u.endsWith(version) ? u : u + version;
  }
}
