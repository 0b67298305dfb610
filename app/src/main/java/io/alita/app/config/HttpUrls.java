package io.alita.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validation of the base URLs in the configuration (Bot API server, webhook domain). */
final class HttpUrls {

  private HttpUrls() {}

  /**
   * Parses an absolute http(s) URL with a host and no query or fragment; trailing slashes are dropped so that paths
   * can be appended.
   *
   * @param httpsOnly    whether plain http is refused
   * @param example      a correct value, quoted in the message
   * @throws IllegalArgumentException with a one-line problem and fix
   */
  static URI baseUrl(String value, boolean httpsOnly, String example) {
    String schemes = httpsOnly ? "an https URL" : "an http or https URL";
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + value + "' is not " + schemes + "; use e.g. " + example);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.isEmpty() && !value.contains("/")) {
      throw new IllegalArgumentException("'" + value + "' is not " + schemes + "; write it as https://" + value);
    }
    boolean schemeOk = scheme.equals("https") || !httpsOnly && scheme.equals("http");
    if (!schemeOk || uri.getHost() == null) {
      String why = httpsOnly && scheme.equals("http") ? "; Telegram delivers webhooks over HTTPS only, e.g. " : "; use e.g. ";
      throw new IllegalArgumentException("'" + value + "' is not " + schemes + why + example);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("'" + value + "' must not have a query or fragment; use e.g. " + example);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }
}
