package io.alita.domain.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z-]+)[^>]*>");
  private static final Set<String> TELEGRAM_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
      "span", "tg-spoiler", "a", "code", "pre", "blockquote");

  /** Every static MessageKey constant in the compiled domain classes. */
  private static Set<String> declaredKeys() throws Exception {
    Path classes = Path.of(MessageKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, MessageBundleTest.class.getClassLoader());
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == MessageKey.class) {
            field.setAccessible(true);
            keys.add(((MessageKey) field.get(null)).id());
          }
        }
      }
    }
    return keys;
  }

  @Test
  void everyDeclaredKeyHasAnEnglishTextAndEveryTextIsUsed() throws Exception {
    Set<String> declared = declaredKeys();
    Set<String> defined = new TreeSet<>(Messages.english().keys());
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(defined);
    Set<String> unused = new TreeSet<>(defined);
    unused.removeAll(declared);
    assertTrue(missing.isEmpty(), "keys without an English text: " + missing);
    assertTrue(unused.isEmpty(), "texts no code uses: " + unused);
    assertTrue(declared.size() >= 10, "the scan found too few keys to be trusted: " + declared);
  }

  @Test
  void textsUseOnlyTagsTelegramUnderstands() {
    Messages en = Messages.english();
    for (String key : en.keys()) {
      Matcher m = TAG.matcher(en.template(MessageKey.of(key)));
      while (m.find()) {
        assertTrue(TELEGRAM_TAGS.contains(m.group(1)), key + " uses <" + m.group(1) + ">");
      }
    }
  }

  @Test
  void placeholderValuesAreEscapedUnlessTrusted() {
    Messages en = Messages.english();
    String html = en.html(MessageKey.of("target.not_found"), "username", "<b>@evil</b>");
    assertTrue(html.contains("&lt;b&gt;@evil&lt;/b&gt;"), html);
    String trusted = en.html(MessageKey.of("target.not_found"), "username", TrustedHtml.of("<b>@ok</b>"));
    assertTrue(trusted.contains("<b>@ok</b>"), trusted);
  }

  @Test
  void plainTextFillsWithoutEscaping() {
    String text = Messages.english().plain(MessageKey.of("time.zero"), "input", "0m<");
    assertEquals("'0m<' is no time at all: use a number above zero, e.g. 30m.", text);
  }

  @Test
  void unknownLanguageFallsBackToEnglish() {
    assertEquals("en", Messages.forLanguage("xx").language());
    assertEquals("en", Messages.forLanguage("../../etc").language());
  }

  @Test
  void placeholdersComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> Messages.english().html(MessageKey.of("time.zero"), "input"));
  }

  @Test
  void keysMustNameTheirModule() {
    assertThrows(IllegalArgumentException.class, () -> MessageKey.of("nomodule"));
    assertThrows(IllegalArgumentException.class, () -> MessageKey.of("Bad.Key"));
  }
}
