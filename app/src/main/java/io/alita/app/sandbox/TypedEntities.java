package io.alita.app.sandbox;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities Telegram would find in a text someone typed: links, e-mail addresses, {@code @mentions},
 * {@code #hashtags} and {@code /commands}. The rules look at entities, not at the text: the url lock, for one, acts on
 * {@code url} entities only, so a simulated message needs them as Telegram would send them.
 *
 * <p>An approximation of Telegram's own detection: a link is an address with a scheme, one starting with
 * {@code www.}, or a bare domain under a common top-level domain ({@code example.com}, {@code t.me/name}).
 */
final class TypedEntities {

  private static final String TLDS = "com|org|net|edu|gov|info|biz|io|me|co|ly|gg|tv|app|dev|xyz|top|site|online"
      + "|store|shop|link|click|live|club|pro|ai|cc|ru|ua|by|kz|de|uk|fr|it|es|nl|pl|eu|us|ca|br|in|ir|cn|jp|kr|tr"
      + "|id|vn|th|tk|ml|ga|cf|gq";
  private static final String DOMAIN = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+";
  private static final Pattern EMAIL =
      Pattern.compile("(?i)(?<![\\w.+-])[\\w.+-]+@" + DOMAIN + "[a-z]{2,24}(?![\\w-])");
  private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@/.-])(?:(?:https?|ftp|tg)://[^\\s<>\"]+"
      + "|www\\.[^\\s<>\"]+|" + DOMAIN + "(?:" + TLDS + ")(?::\\d{1,5})?(?:/[^\\s<>\"]*)?(?![\\w-]))");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?!\\w)");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#])#\\w*[^\\W\\d]\\w*");
  private static final Pattern COMMAND = Pattern.compile("(?<![\\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?!\\w)");
  /** Punctuation that ends a sentence rather than the link it follows. */
  private static final String TRAILING = ".,;:!?)]}'\"";

  private TypedEntities() {}

  /** The entities of {@code text}, in order, none overlapping another. */
  static List<MessageEntity> of(String text) {
    List<MessageEntity> found = new ArrayList<>();
    add(found, text, EMAIL, EntityType.EMAIL, false);
    add(found, text, URL, EntityType.URL, true);
    add(found, text, MENTION, EntityType.MENTION, false);
    add(found, text, HASHTAG, EntityType.HASHTAG, false);
    add(found, text, COMMAND, EntityType.BOT_COMMAND, false);
    found.sort(Comparator.comparingInt(MessageEntity::offset));
    return List.copyOf(found);
  }

  private static void add(List<MessageEntity> found, String text, Pattern pattern, EntityType type,
      boolean trimPunctuation) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (trimPunctuation && end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      int from = start;
      int to = end;
      if (to > from && found.stream().noneMatch(e -> e.offset() < to && from < e.end())) {
        found.add(MessageEntity.of(type, from, to - from));
      }
    }
  }
}
