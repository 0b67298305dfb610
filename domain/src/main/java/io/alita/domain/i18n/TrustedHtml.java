package io.alita.domain.i18n;

/**
 * HTML that we produced ourselves (a formatted mention, a rendered rule text) and that may be placed into a message
 * unescaped. Any other value given to {@link Messages#html} is escaped.
 */
public record TrustedHtml(String html) {

  public static TrustedHtml of(String html) {
    return new TrustedHtml(html);
  }
}
