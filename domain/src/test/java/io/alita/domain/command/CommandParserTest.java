package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

  private final CommandParser parser = new CommandParser("AlitaRobot");

  private Command parse(String text) {
    return parser.parse(text, List.of()).orElseThrow(() -> new AssertionError("not a command: " + text));
  }

  private Optional<Command> tryParse(String text) {
    return parser.parse(text, List.of());
  }

  @Test
  void bareCommandHasNameAndNoArguments() {
    Command command = parse("/ban");
    assertEquals("ban", command.name());
    assertEquals("", command.argumentText());
    assertEquals(List.of(), command.entities());
  }

  @Test
  void argumentsFollowTheCommandAfterOneSpace() {
    Command command = parse("/ban @spammer flooding the chat");
    assertEquals("ban", command.name());
    assertEquals("@spammer flooding the chat", command.argumentText());
  }

  @Test
  void commandAddressedToThisBotIsOurs() {
    Command command = parse("/ban@AlitaRobot @spammer");
    assertEquals("ban", command.name());
    assertEquals("@spammer", command.argumentText());
  }

  @Test
  void botNameInCommandIsComparedWithoutCase() {
    assertEquals("ban", parse("/ban@alitarobot").name());
    assertEquals("ban", parse("/ban@ALITAROBOT x").name());
  }

  @Test
  void commandAddressedToAnotherBotIsNotOurs() {
    assertEquals(Optional.empty(), tryParse("/ban@OtherBot @spammer"));
    assertEquals(Optional.empty(), tryParse("/ban@OtherBot"));
  }

  @Test
  void botNameThatOnlyStartsWithOurNameIsAnotherBot() {
    assertEquals(Optional.empty(), tryParse("/ban@AlitaRobotClone"));
    assertEquals(Optional.empty(), tryParse("/ban@AlitaRobo"));
  }

  @Test
  void emptyBotNameAfterAtIsNotACommand() {
    assertEquals(Optional.empty(), tryParse("/ban@ reason"));
    assertEquals(Optional.empty(), tryParse("/ban@"));
  }

  @Test
  void secondAtSignInCommandIsNotOurs() {
    assertEquals(Optional.empty(), tryParse("/ban@AlitaRobot@AlitaRobot"));
  }

  @Test
  void botUsernameMayBeGivenWithAtSign() {
    CommandParser withAt = new CommandParser("@AlitaRobot");
    assertEquals("ban", withAt.parse("/ban@AlitaRobot", List.of()).orElseThrow().name());
  }

  @Test
  void uppercaseCommandNameIsLowercased() {
    assertEquals("ban", parse("/BAN").name());
    assertEquals("setwarnlimit", parse("/SetWarnLimit 5").name());
  }

  @Test
  void lowercasingIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // In Turkish, "I".toLowerCase() is a dotless ı, which would turn /KICK into an unknown command.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("kick", parse("/KICK").name());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void commandNameKeepsDigitsAndUnderscores() {
    assertEquals("set_flood2", parse("/set_flood2").name());
  }

  @Test
  void extraSpacesBeforeArgumentsAreDropped() {
    assertEquals("@spammer  spam ", parse("/ban     @spammer  spam ").argumentText());
  }

  @Test
  void newlinesBeforeArgumentsAreDroppedAndInsideArePreserved() {
    Command command = parse("/save rules\n\n1. Be nice\n2. No spam\n");
    assertEquals("save", command.name());
    assertEquals("rules\n\n1. Be nice\n2. No spam\n", command.argumentText());
  }

  @Test
  void newlineDirectlyAfterCommandSeparatesIt() {
    Command command = parse("/setrules\nNo spam");
    assertEquals("setrules", command.name());
    assertEquals("No spam", command.argumentText());
  }

  @Test
  void tabAndNoBreakSpaceSeparateTheCommand() {
    assertEquals("x", parse("/ban\tx").argumentText());
    assertEquals("x", parse("/ban\u00A0x").argumentText());
  }

  @Test
  void commandFollowedOnlyBySpacesHasNoArguments() {
    Command command = parse("/ban   \n ");
    assertEquals("", command.argumentText());
    assertTrue(!command.hasArguments());
  }

  @Test
  void unicodeArgumentsArePreservedExactly() {
    assertEquals("ru Привет 👋🏽 мир", parse("/tr ru Привет 👋🏽 мир").argumentText());
  }

  @ParameterizedTest(name = "\"{0}\" is not a command")
  @ValueSource(strings = {
      "", " ", "ban", "hello /ban", " /ban", "\n/ban", "/", "/ ", "/ ban", "//ban", "/-ban", "/ban-hammer", "/бан",
      "/ban,", "/@AlitaRobot", "!ban", "#ban", "\\ban", "/ban.", "/😀"
  })
  void textThatDoesNotStartWithAValidCommandIsNotACommand(String text) {
    assertEquals(Optional.empty(), tryParse(text));
  }

  @Test
  void exclamationPrefixIsNotACommand() {
    // The original bot registers its commands with gotgbot's default trigger, '/' only.
    assertEquals(Optional.empty(), tryParse("!ban @spammer"));
  }

  @Test
  void commandNameOfThirtyTwoCharactersIsAccepted() {
    String name = "a".repeat(32);
    assertEquals(name, parse("/" + name).name());
  }

  @Test
  void commandNameLongerThanThirtyTwoCharactersIsNotACommand() {
    assertEquals(Optional.empty(), tryParse("/" + "a".repeat(33)));
  }

  @Test
  void entityOffsetsBecomeRelativeToTheArguments() {
    // "/ban " is 5 units; "Bob" starts at 5 in the message and at 0 in the arguments.
    String text = "/ban Bob spamming";
    MessageEntity mention = MessageEntity.textMention(5, 3, UserId.of(42));
    Command command = parser.parse(text, List.of(MessageEntity.of(EntityType.BOT_COMMAND, 0, 4), mention)).orElseThrow();
    assertEquals(List.of(MessageEntity.textMention(0, 3, UserId.of(42))), command.entities());
    assertEquals("Bob", command.entities().get(0).textIn(command.argumentText()));
  }

  @Test
  void entityOffsetsCountEmojiAsTwoUtf16Units() {
    // Telegram counts UTF-16 code units: "😀" is a surrogate pair, two units, and so is it in a Java string.
    String text = "/ban  😀 Bob Smith flooding";
    int bobInMessage = text.indexOf("Bob");
    assertEquals(9, bobInMessage);
    MessageEntity mention = MessageEntity.textMention(bobInMessage, "Bob Smith".length(), UserId.of(7));
    Command command = parser.parse(text, List.of(mention)).orElseThrow();
    assertEquals("😀 Bob Smith flooding", command.argumentText());
    MessageEntity relative = command.entities().get(0);
    assertEquals(3, relative.offset());
    assertEquals("Bob Smith", relative.textIn(command.argumentText()));
  }

  @Test
  void entityOffsetsAfterSkinToneAndFlagEmojiStayAligned() {
    String text = "/warn 🇺🇦👍🏽 x";
    int x = text.lastIndexOf('x');
    Command command = parser.parse(text, List.of(MessageEntity.of(EntityType.BOLD, x, 1))).orElseThrow();
    assertEquals("x", command.entities().get(0).textIn(command.argumentText()));
  }

  @Test
  void entityCoveringOnlyTheCommandIsDropped() {
    Command command = parser.parse("/ban x", List.of(MessageEntity.of(EntityType.BOT_COMMAND, 0, 4))).orElseThrow();
    assertEquals(List.of(), command.entities());
  }

  @Test
  void entityCrossingIntoTheArgumentsIsCutAtTheirStart() {
    // Bold over "/ban spam": the part over the arguments survives.
    Command command = parser.parse("/ban spam", List.of(MessageEntity.of(EntityType.BOLD, 0, 9))).orElseThrow();
    assertEquals(List.of(MessageEntity.of(EntityType.BOLD, 0, 4)), command.entities());
  }

  @Test
  void entityReachingPastTheTextIsCutAtItsEnd() {
    Command command = parser.parse("/ban spam", List.of(MessageEntity.of(EntityType.BOLD, 5, 50))).orElseThrow();
    assertEquals(List.of(MessageEntity.of(EntityType.BOLD, 0, 4)), command.entities());
  }

  @Test
  void entityWhollyPastTheTextIsDropped() {
    Command command = parser.parse("/ban spam", List.of(MessageEntity.of(EntityType.BOLD, 20, 3))).orElseThrow();
    assertEquals(List.of(), command.entities());
  }

  @Test
  void entitiesOverSkippedSpacesAreDropped() {
    Command command = parser.parse("/ban    spam", List.of(MessageEntity.of(EntityType.CODE, 4, 3))).orElseThrow();
    assertEquals(List.of(), command.entities());
  }

  @Test
  void entitiesKeepTheirUrlAndOrder() {
    String text = "/save x link and bold";
    MessageEntity link = MessageEntity.textLink(8, 4, "https://example.org");
    MessageEntity bold = MessageEntity.of(EntityType.BOLD, 17, 4);
    Command command = parser.parse(text, List.of(link, bold)).orElseThrow();
    assertEquals(List.of(MessageEntity.textLink(2, 4, "https://example.org"), MessageEntity.of(EntityType.BOLD, 11, 4)),
        command.entities());
    assertEquals("link", command.entities().get(0).textIn(command.argumentText()));
    assertEquals("bold", command.entities().get(1).textIn(command.argumentText()));
  }

  @Test
  void argumentsTokenizeThroughTheCommand() {
    Arguments args = parse("/filter \"hello there\" General Kenobi").args();
    assertEquals(new Arguments.Tokens(List.of("hello there", "General", "Kenobi")), args);
  }

  @ParameterizedTest(name = "bot username \"{0}\" is refused")
  @ValueSource(strings = {"", "@", "Alita Robot", "alita-robot", "@@AlitaRobot"})
  void botUsernameThatIsNoTelegramUsernameIsRefusedWithAHint(String username) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new CommandParser(username));
    assertTrue(error.getMessage().contains("getMe"), error.getMessage());
  }
}
