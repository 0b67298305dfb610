package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.fuzz.FuzzText;
import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of the command parser and argument tokenizer (docs/decisions/0029): any message text with any
 * entities Telegram could attach gives a well-formed command or none, never an exception.
 */
class CommandParserProperties {

  private static final CommandParser PARSER = new CommandParser("AlitaBot");

  @Property(seed = FuzzText.SEED)
  void anyTextWithAnyEntitiesParsesToAWellFormedCommandOrNone(
      @ForAll("texts") String text, @ForAll("entities") List<MessageEntity> entities) {
    Optional<Command> parsed = PARSER.parse(text, entities);
    parsed.ifPresent(command -> {
      assertTrue(command.name().matches("[a-z0-9_]{1,32}"), command::name);
      assertTrue(text.endsWith(command.argumentText()), "the arguments are the end of the text, as sent");
      for (MessageEntity e : command.entities()) {
        assertTrue(e.end() <= command.argumentText().length(), e::toString);
      }
      command.args();
      command.hasArguments();
    });
  }

  @Property(seed = FuzzText.SEED)
  void aCommandForUsIsRecognisedWithItsArguments(
      @ForAll("names") String name, @ForAll("suffixes") String suffix, @ForAll("texts") String arguments) {
    String text = "/" + name + suffix + " " + arguments;
    Optional<Command> parsed = PARSER.parse(text, List.of());
    assertTrue(parsed.isPresent(), text);
    assertEquals(name.toLowerCase(Locale.ROOT), parsed.get().name());
    assertEquals(Words.stripLeading(arguments), parsed.get().argumentText());
  }

  @Property(seed = FuzzText.SEED)
  void aCommandForAnotherBotIsNotOurs(@ForAll("names") String name, @ForAll("texts") String arguments) {
    assertTrue(PARSER.parse("/" + name + "@SomeOtherBot " + arguments, List.of()).isEmpty());
  }

  @Property(seed = FuzzText.SEED)
  void tokenizingNeverThrowsAndPlainWordsComeBackAsTyped(@ForAll("texts") String text, @ForAll("words") List<String> words) {
    Arguments any = Arguments.tokenize(text);
    if (any instanceof Arguments.UnterminatedQuote quote) {
      assertTrue(quote.offset() >= 0 && quote.offset() < text.length());
    }
    Arguments split = Arguments.tokenize(String.join(" \n\u00A0", words));
    assertEquals(new Arguments.Tokens(words), split);
  }

  @Property(seed = FuzzText.SEED)
  void aQuotedTokenReadsBackAsWritten(@ForAll("texts") String token) {
    String quoted = "\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    Arguments args = Arguments.tokenize(quoted + " tail");
    assertEquals(new Arguments.Tokens(List.of(token, "tail")), args, quoted);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, FuzzText.anything(30)),
        net.jqwik.api.Tuple.of(2, FuzzText.markup(8).map(s -> "/" + s)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("/", "/@", "/ban@AlitaBot", "/BAN@alitabot x", "/a@", "/\u00A0x",
            "/" + "x".repeat(33), "/ok@" + "b".repeat(70))));
  }

  @Provide
  Arbitrary<List<MessageEntity>> entities() {
    Arbitrary<EntityType> types = Arbitraries.of(EntityType.class);
    Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 80);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 80);
    return Combinators.combine(types, offsets, lengths).as((type, offset, length) -> switch (type) {
      case TEXT_LINK -> MessageEntity.textLink(offset, length, "https://example.com");
      case TEXT_MENTION -> MessageEntity.textMention(offset, length, UserId.of(5));
      default -> MessageEntity.of(type, offset, length);
    }).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abcXYZ019_").ofMinLength(1).ofMaxLength(32);
  }

  @Provide
  Arbitrary<String> suffixes() {
    return Arbitraries.of("", "@AlitaBot", "@alitabot", "@ALITABOT");
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings().withChars("ab'\\\"”“,.é{}*").ofMinLength(1).ofMaxLength(8)
        .filter(w -> w.charAt(0) != '"' && w.charAt(0) != '\u201C')
        .list().ofMaxSize(5);
  }
}
