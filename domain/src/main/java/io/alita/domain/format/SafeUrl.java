package io.alita.domain.format;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one URL policy for inline links and URL buttons.
 *
 * <p>Accepted: {@code http://}, {@code https://} and {@code tg://} URLs (scheme in any case), and a bare host such as
 * {@code google.com} or {@code t.me/alita}, which becomes {@code https://google.com}. Bare hosts are accepted because the
 * documented button syntax has always been {@code [Google](buttonurl://google.com)}, and admins copy it. Everything else is
 * refused: {@code javascript:}, {@code data:}, {@code mailto:}, {@code file:}, scheme-relative {@code //host}, text with
 * whitespace or control characters, and anything longer than {@link #MAX_LENGTH}.
 */
public final class SafeUrl {

  /** Longer URLs are refused; no real invite or website link comes near it. */
  public static final int MAX_LENGTH = 2048;

  private static final Pattern BARE_HOST = Pattern.compile(
      "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}(?::\\d{1,5})?(?:[/?#].*)?");

  private SafeUrl() {}

  /** The URL to send, or empty when {@code raw} is not an acceptable link target. */
  public static Optional<String> normalize(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || hasWhitespaceOrControl(raw)) {
      return Optional.empty();
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"http://", "https://"}) {
      if (lower.startsWith(scheme)) {
        String rest = raw.substring(scheme.length());
        return rest.isEmpty() || rest.startsWith("/") ? Optional.empty() : Optional.of(raw);
      }
    }
    if (lower.startsWith("tg://")) {
      return raw.length() > "tg://".length() ? Optional.of(raw) : Optional.empty();
    }
    if (BARE_HOST.matcher(raw).matches()) {
      return Optional.of("https://" + raw);
    }
    return Optional.empty();
  }

  /** True when {@code url} is already in the form {@link #normalize(String)} returns. */
  public static boolean isNormalized(String url) {
    return normalize(url).filter(url::equals).isPresent();
  }

  private static boolean hasWhitespaceOrControl(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }
}
