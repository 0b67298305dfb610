package io.alita.domain.deeplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.model.ChatId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeepLinkTest {

  private static final ChatId GROUP = ChatId.of(-1001234567890L);

  @Test
  void helpLinkNamesAModule() {
    assertEquals(new DeepLink.Help("bans"), DeepLink.parse("help_bans"));
  }

  @Test
  void helpLinkKeepsTheModuleAsWritten() {
    assertEquals(new DeepLink.Help("AntiRaid"), DeepLink.parse("help_AntiRaid"));
  }

  @Test
  void aboutLinkIsAbout() {
    assertEquals(new DeepLink.About(), DeepLink.parse("about"));
  }

  @Test
  void connectLinkNamesAGroup() {
    assertEquals(new DeepLink.Connect(GROUP), DeepLink.parse("connect_-1001234567890"));
  }

  @Test
  void rulesLinkNamesAGroup() {
    assertEquals(new DeepLink.Rules(GROUP), DeepLink.parse("rules_-1001234567890"));
  }

  @Test
  void notesLinkNamesAGroup() {
    assertEquals(new DeepLink.Notes(GROUP), DeepLink.parse("notes_-1001234567890"));
  }

  @Test
  void basicGroupIdsAreGroupsToo() {
    assertEquals(new DeepLink.Rules(ChatId.of(-123456)), DeepLink.parse("rules_-123456"));
  }

  @Test
  void noteLinkNamesAGroupAndANote() {
    assertEquals(new DeepLink.Note(GROUP, "faq"), DeepLink.parse("note_-1001234567890_faq"));
  }

  @Test
  void noteNameMayContainUnderscoresAndDashes() {
    assertEquals(new DeepLink.Note(GROUP, "read_me-first_"), DeepLink.parse("note_-1001234567890_read_me-first_"));
  }

  @ParameterizedTest(name = "\"{0}\" is no link")
  @ValueSource(strings = {
      "", "start", "About", "about_", "help", "help_", "connect_", "connect_abc", "connect_-100abc", "connect_1234",
      "connect_0", "connect_-0", "connect_+5", "connect_-99999999999999999999", "rules_", "rules_-100123_extra", "notes_",
      "note_", "note_-100123", "note_-100123_", "note__faq", "note_abc_faq", "note_100123_faq", "help_bans now", " about",
      "about ", "help_bäns", "note_-100123_f.a.q", "notes-100123", "rules--100123", "connect_--100123", "note_-100_ x"
  })
  void malformedOrUnknownStartArgumentIsNone(String startArg) {
    assertEquals(new DeepLink.None(), DeepLink.parse(startArg));
  }

  @Test
  void nullStartArgumentIsNone() {
    assertEquals(new DeepLink.None(), DeepLink.parse(null));
  }

  @Test
  void startArgumentOverSixtyFourCharactersIsNone() {
    assertEquals(new DeepLink.None(), DeepLink.parse("help_" + "x".repeat(60)));
    assertEquals(new DeepLink.Help("x".repeat(59)), DeepLink.parse("help_" + "x".repeat(59)));
  }

  @Test
  void everyLinkBuildsTheStartArgumentItWasReadFrom() {
    for (String startArg : new String[] {"help_bans", "about", "connect_-1001234567890", "rules_-1001234567890",
        "notes_-1001234567890", "note_-1001234567890_faq", "note_-42_a_b"}) {
      assertEquals(Optional.of(startArg), DeepLink.parse(startArg).toStartArg(), startArg);
    }
  }

  @Test
  void noneHasNoStartArgument() {
    assertEquals(Optional.empty(), new DeepLink.None().toStartArg());
  }

  @Test
  void noteWhoseNameTelegramCannotCarryHasNoStartArgument() {
    assertEquals(Optional.empty(), new DeepLink.Note(GROUP, "привет").toStartArg());
    assertEquals(Optional.empty(), new DeepLink.Note(GROUP, "what?").toStartArg());
  }

  @Test
  void noteLinkLongerThanSixtyFourCharactersHasNoStartArgument() {
    // "note_-1001234567890_" is 20 characters, leaving 44 for the name.
    assertEquals(Optional.of("note_-1001234567890_" + "n".repeat(44)), new DeepLink.Note(GROUP, "n".repeat(44)).toStartArg());
    assertEquals(Optional.empty(), new DeepLink.Note(GROUP, "n".repeat(45)).toStartArg());
  }

  @Test
  void chatLinksRefuseNonGroupIds() {
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Connect(ChatId.of(5)));
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Rules(ChatId.of(0)));
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Notes(ChatId.of(1)));
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Note(ChatId.of(1), "faq"));
  }

  @Test
  void linksRefuseEmptyNames() {
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Help(""));
    assertThrows(IllegalArgumentException.class, () -> new DeepLink.Note(GROUP, ""));
  }
}
