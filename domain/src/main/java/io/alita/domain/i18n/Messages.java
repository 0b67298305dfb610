package io.alita.domain.i18n;

import io.alita.domain.format.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing texts, one bundle per language ({@code messages_<lang>.properties} beside this class, UTF-8), with
 * English as the fallback for anything a translation lacks. Adding a language means adding a file, not touching code.
 *
 * <p>Texts are Telegram HTML. Placeholders are {@code {name}}; values are filled in with {@link #html}, which escapes
 * every value except a {@link TrustedHtml}, so a user's name can never break the markup.
 */
public final class Messages {

  public static final String DEFAULT_LANGUAGE = "en";
  private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final Properties texts;
  private final Messages fallback;

  private Messages(String language, Properties texts, Messages fallback) {
    this.language = language;
    this.texts = texts;
    this.fallback = fallback;
  }

  /** The English texts. */
  public static Messages english() {
    return forLanguage(DEFAULT_LANGUAGE);
  }

  /** The texts of {@code language} (e.g. {@code "en"}), falling back to English for missing texts or languages. */
  public static Messages forLanguage(String language) {
    String lang = language == null || !language.matches("[a-z]{2,3}") ? DEFAULT_LANGUAGE : language;
    return CACHE.computeIfAbsent(lang, Messages::load);
  }

  private static Messages load(String language) {
    Properties texts = read(language);
    if (language.equals(DEFAULT_LANGUAGE)) {
      if (texts == null) {
        throw new IllegalStateException("messages_en.properties is missing from the domain module");
      }
      return new Messages(language, texts, null);
    }
    Messages english = english();
    return texts == null ? english : new Messages(language, texts, english);
  }

  private static Properties read(String language) {
    String name = "messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }

  public String language() {
    return language;
  }

  /** Every key this language defines (not counting the fallback). */
  public Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /** The raw text of {@code key}, placeholders unfilled. */
  public String template(MessageKey key) {
    String text = texts.getProperty(key.id());
    if (text != null) {
      return text;
    }
    if (fallback != null) {
      return fallback.template(key);
    }
    // Every declared key is checked by a test; reaching this is a bug, and the key is more useful than a blank reply.
    return key.id();
  }

  /**
   * The text of {@code key} as Telegram HTML, with {@code {name}} placeholders filled from alternating name/value
   * arguments: {@code html(KEY, "user", name, "count", 3)}. Values are escaped unless they are {@link TrustedHtml}.
   */
  public String html(MessageKey key, Object... namesAndValues) {
    return fill(template(key), namesAndValues, true);
  }

  /** The text of {@code key} with placeholders filled unescaped, for plain-text places (button labels, alerts). */
  public String plain(MessageKey key, Object... namesAndValues) {
    return fill(template(key), namesAndValues, false);
  }

  private static String fill(String template, Object[] namesAndValues, boolean escape) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("placeholders come in name/value pairs");
    }
    if (namesAndValues.length == 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close;
      if (c == '{' && (close = template.indexOf('}', i)) > i) {
        String name = template.substring(i + 1, close);
        Object value = lookup(name, namesAndValues);
        if (value != null) {
          out.append(render(value, escape));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Object lookup(String name, Object[] namesAndValues) {
    for (int j = 0; j < namesAndValues.length; j += 2) {
      if (Objects.equals(namesAndValues[j], name)) {
        Object v = namesAndValues[j + 1];
        return v == null ? "" : v;
      }
    }
    return null;
  }

  private static String render(Object value, boolean escape) {
    if (value instanceof TrustedHtml trusted) {
      return escape ? trusted.html() : Html.visibleText(trusted.html());
    }
    String s = String.valueOf(value);
    return escape ? Html.escape(s) : s;
  }
}
