package io.alita.domain.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every translation says what English says: every English key and no other, and the same {placeholders} per key. A
 * text added in English must be added to every bundle in the same change ({@link #COMPLETE}: all of them).
 */
class BundleCompletenessTest {

  /**
   * The languages whose bundle must have every English key: all of them. Should a future translation land partial
   * (its missing texts then come in English), it can be left out here until it catches up.
   */
  static final Set<String> COMPLETE = Set.of("es", "fr", "hi", "id", "pt", "ru");

  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\)\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private static List<Messages> translations() {
    List<Messages> out = new ArrayList<>();
    for (Languages.Language l : Languages.available()) {
      if (!l.code().equals(Messages.DEFAULT_LANGUAGE)) {
        out.add(Messages.forLanguage(l.code()));
      }
    }
    return out;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyListedLanguageHasItsBundle() {
    assertEquals(Languages.ALL, Languages.available(), "a language listed in Languages.ALL has no bundle");
  }

  @Test
  void noTranslationHasAKeyEnglishLacks() {
    Set<String> english = Messages.english().keys();
    Map<String, Set<String>> extra = new TreeMap<>();
    for (Messages t : translations()) {
      Set<String> keys = new TreeSet<>(t.keys());
      keys.removeAll(english);
      if (!keys.isEmpty()) {
        extra.put(t.language(), keys);
      }
    }
    assertTrue(extra.isEmpty(), "keys no English text has (renamed or removed?): " + extra);
  }

  @Test
  void everyTranslatedTextHasTheSamePlaceholdersAsEnglish() {
    Messages en = Messages.english();
    List<String> wrong = new ArrayList<>();
    for (Messages t : translations()) {
      for (String key : new TreeSet<>(t.keys())) {
        if (!en.keys().contains(key)) {
          continue; // reported by noTranslationHasAKeyEnglishLacks
        }
        Set<String> expected = placeholders(en.template(MessageKey.of(key)));
        Set<String> actual = placeholders(t.template(MessageKey.of(key)));
        if (!expected.equals(actual)) {
          wrong.add(t.language() + " " + key + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertTrue(wrong.isEmpty(), "placeholders differing from English:\n" + String.join("\n", wrong));
  }

  @Test
  void theCompleteLanguagesHaveEveryEnglishKey() {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Messages t : translations()) {
      if (!COMPLETE.contains(t.language())) {
        continue;
      }
      Set<String> keys = new TreeSet<>(Messages.english().keys());
      keys.removeAll(t.keys());
      if (!keys.isEmpty()) {
        missing.put(t.language(), keys);
      }
    }
    assertTrue(missing.isEmpty(), "English keys without a translation: " + missing);
  }

  @Test
  void theCompleteLanguagesAreListed() {
    for (String code : COMPLETE) {
      assertTrue(Languages.find(code).isPresent(), code + " is not an available language");
    }
  }
}
