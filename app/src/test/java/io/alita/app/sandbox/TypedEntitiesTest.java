package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedEntitiesTest {

  /** Each entity as "type:covered text". */
  private static List<String> found(String text) {
    return TypedEntities.of(text).stream().map(e -> e.type().apiName() + ":" + e.textIn(text)).toList();
  }

  @Test
  void linksAreFoundWithAndWithoutASchemeButNotTheSentencesFullStop() {
    assertEquals(List.of("url:https://spam.example/x?y=1"), found("buy at https://spam.example/x?y=1."));
    assertEquals(List.of("url:www.example.org"), found("see www.example.org, then"));
    assertEquals(List.of("url:t.me/joinchat"), found("join t.me/joinchat!"));
    assertEquals(List.of("url:example.com"), found("(example.com)"));
    assertEquals(List.of(), found("a file.txt and e.g. this"));
  }

  @Test
  void mailAddressesMentionsHashtagsAndCommandsAreTheirOwnKinds() {
    assertEquals(List.of("bot_command:/warn", "mention:@someone", "hashtag:#spam", "email:ann@example.com"),
        found("/warn @someone #spam ann@example.com"));
    assertEquals(List.of("bot_command:/start@sandbox_bot"), found("/start@sandbox_bot"));
    assertEquals(List.of(), found("#123 a/b @ab"));
  }

  @Test
  void offsetsCountUtf16UnitsAsTelegramDoes() {
    String text = "😀 https://x.io";
    assertEquals(List.of(MessageEntity.of(EntityType.URL, 3, 12)), TypedEntities.of(text));
  }
}
