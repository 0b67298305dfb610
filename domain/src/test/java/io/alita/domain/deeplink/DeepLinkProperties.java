package io.alita.domain.deeplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.fuzz.FuzzText;
import io.alita.domain.model.ChatId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of deep links (docs/decisions/0029): any start parameter is a link or the plain start screen, a link
 * leads back to a parameter Telegram can carry, and that parameter reads back as the same link.
 */
class DeepLinkProperties {

  @Property(seed = FuzzText.SEED)
  void anyStartParameterIsALinkThatLeadsBackToItselfOrNone(@ForAll("parameters") String parameter) {
    DeepLink link = DeepLink.parse(parameter);
    if (link instanceof DeepLink.None) {
      return;
    }
    Optional<String> back = link.toStartArg();
    assertTrue(back.isPresent(), () -> parameter + " parsed as " + link + " but leads nowhere");
    assertTrue(StartParameter.isValid(back.get()), back::get);
    assertEquals(link, DeepLink.parse(back.get()), parameter);
  }

  @Property(seed = FuzzText.SEED)
  void everyLinkWeBuildReadsBackOrSaysItCannotBeCarried(@ForAll("links") DeepLink link) {
    link.toStartArg().ifPresent(arg -> {
      assertTrue(StartParameter.isValid(arg), arg);
      assertEquals(link, DeepLink.parse(arg), arg);
    });
  }

  @Provide
  Arbitrary<String> parameters() {
    Arbitrary<String> pieces = Arbitraries.of("help_", "connect_", "rules_", "notes_", "note_", "about", "-", "--", "_",
        "-100", "100", "0", "-0", "00", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "bans", "x", "A", "9").list().ofMaxSize(6).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, pieces),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("abz_-09").ofMaxLength(70)),
        net.jqwik.api.Tuple.of(1, FuzzText.anything(70)));
  }

  @Provide
  Arbitrary<DeepLink> links() {
    Arbitrary<ChatId> groups = Arbitraries.longs().between(Long.MIN_VALUE, -1).map(ChatId::of);
    Arbitrary<String> names = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().withChars("abZ09_-").ofMinLength(1).ofMaxLength(70)),
        net.jqwik.api.Tuple.of(1, FuzzText.validText(10).filter(n -> !n.isEmpty())));
    return Arbitraries.oneOf(
        Arbitraries.just(new DeepLink.About()),
        Arbitraries.just(new DeepLink.None()),
        names.map(DeepLink.Help::new),
        groups.map(DeepLink.Connect::new),
        groups.map(DeepLink.Rules::new),
        groups.map(DeepLink.Notes::new),
        Combinators.combine(groups, names).as(DeepLink.Note::new));
  }
}
