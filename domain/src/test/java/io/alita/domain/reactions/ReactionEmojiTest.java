package io.alita.domain.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReactionEmojiTest {

  @Test
  void theStandardListHasTelegramsSeventyThreeEmojiOnceEach() {
    assertEquals(73, ReactionEmoji.STANDARD.size());
    assertEquals(73, ReactionEmoji.STANDARD.stream().distinct().count());
  }

  @Test
  void anEmojiTypedWithTheVariationSelectorIsReadAsTelegramSpellsIt() {
    assertEquals(Optional.of("❤"), ReactionEmoji.parse("❤\uFE0F"));
    assertEquals(Optional.of("❤\u200D🔥"), ReactionEmoji.parse("❤\uFE0F\u200D🔥"));
    assertEquals(Optional.of("👍"), ReactionEmoji.parse(" 👍 "));
  }

  @Test
  void anythingElseIsNoReaction() {
    for (String typed : List.of("🚀", "x", "", "👍👍", ":)")) {
      assertEquals(Optional.empty(), ReactionEmoji.parse(typed), typed);
    }
    assertEquals(Optional.empty(), ReactionEmoji.parse(null));
  }

  @Test
  void aReactionKeepsOnlyLowerCaseOneWordKeywordsAndStandardEmoji() {
    assertEquals(Optional.of("hello"), Reaction.keyword(" HeLLo "));
    assertEquals(Optional.empty(), Reaction.keyword("two words"));
    assertEquals(Optional.empty(), Reaction.keyword("x".repeat(Reaction.MAX_KEYWORD + 1)));
    assertThrows(IllegalArgumentException.class, () -> new Reaction("Hello", "👍"));
    assertThrows(IllegalArgumentException.class, () -> new Reaction("hello", "🚀"));
  }

  @Test
  void theAlphabeticallyFirstKeywordInTheTextWinsWhateverItsCase() {
    ChatReactions chat = new ChatReactions(List.of(new Reaction("zoo", "🦄"), new Reaction("cat", "😍"),
        new Reaction("bird", "🕊")));

    assertEquals(Optional.of(new Reaction("bird", "🕊")), chat.match("A ZOO with a CAT and a Bird"));
    assertEquals(Optional.of(new Reaction("cat", "😍")), chat.match("concatenate"));
    assertEquals(Optional.empty(), chat.match("nothing here"));
    assertEquals(Optional.empty(), ChatReactions.NONE.match("zoo"));
  }
}
