package io.alita.domain.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the bot speaks: each has a bundle {@code messages_<code>.properties} beside {@link Messages}. The list
 * names them in their own language for the /lang keyboard; a language listed here whose bundle is absent is not
 * offered ({@link #available()}).
 */
public final class Languages {

  /** A language: its two-letter code (the bundle's suffix, the value stored for a chat or user) and native name. */
  public record Language(String code, String nativeName) {}

  /** Every language the bot has texts for, English first. */
  public static final List<Language> ALL = List.of(
      new Language("en", "English"),
      new Language("es", "Español"),
      new Language("fr", "Français"),
      new Language("hi", "हिन्दी"),
      new Language("id", "Bahasa Indonesia"),
      new Language("pt", "Português"),
      new Language("ru", "Русский"));

  private Languages() {}

  /** The listed languages whose bundle is present. */
  public static List<Language> available() {
    return ALL.stream().filter(l -> Messages.forLanguage(l.code()).language().equals(l.code())).toList();
  }

  /** The available language of {@code code} ("ES" and " es " count), if any. */
  public static Optional<Language> find(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return available().stream().filter(l -> l.code().equals(c)).findFirst();
  }

  /** {@code code} when it is an available language, else English: what a stored value is read as. */
  public static String orEnglish(String code) {
    return find(code).map(Language::code).orElse(Messages.DEFAULT_LANGUAGE);
  }
}
