package io.alita.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.fuzz.FuzzText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz properties of callback data (docs/decisions/0029): what we encode fits Telegram's 64 bytes or is refused with
 * {@link CallbackDataTooLongException}, decodes back to itself, and any data a client sends decodes or is empty.
 */
class CallbackDataProperties {

  @Property(seed = FuzzText.SEED)
  void encodedDataFitsTheLimitAndDecodesBackToItself(@ForAll("data") CallbackData data) {
    String wire;
    try {
      wire = data.encode();
    } catch (CallbackDataTooLongException tooLong) {
      assertTrue(tooLong.getMessage() != null);
      return;
    }
    assertTrue(wire.getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES, wire);
    assertEquals(Optional.of(data), CallbackData.decode(wire), wire);
  }

  @Property(seed = FuzzText.SEED)
  void anyDataDecodesToSomethingThatEncodesTheSameWayOrToNothing(@ForAll("wire") String wire) {
    Optional<CallbackData> decoded = CallbackData.decode(wire);
    decoded.ifPresent(data -> {
      String again;
      try {
        again = data.encode();
      } catch (CallbackDataTooLongException tooLong) {
        return; // a forged payload may be longer than anything we would send
      }
      assertEquals(decoded, CallbackData.decode(again), () -> wire + " -> " + again);
    });
  }

  @Provide
  Arbitrary<CallbackData> data() {
    Arbitrary<CallbackNamespace> namespaces = Arbitraries.strings().withChars("abcXYZ09_.").ofMinLength(1).ofMaxLength(32)
        .map(CallbackNamespace::new);
    Arbitrary<String> keys = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4)),
        net.jqwik.api.Tuple.of(1, FuzzText.validText(6).filter(k -> !k.isEmpty())));
    Arbitrary<String> values = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().map(n -> Long.toString(n))),
        net.jqwik.api.Tuple.of(2, FuzzText.mixed(8)),
        net.jqwik.api.Tuple.of(1, FuzzText.validText(20)));
    Arbitrary<Map<String, String>> fields = Arbitraries.maps(keys, values).ofMaxSize(4)
        .map(LinkedHashMap::new);
    return net.jqwik.api.Combinators.combine(namespaces, fields).as(CallbackData::new);
  }

  @Provide
  Arbitrary<String> wire() {
    Arbitrary<String> pieces = Arbitraries.of("rmWarn", "notes.overwrite", "|", "v1", "v2", "_", "=", "&", "%", "%2", "%41",
        "%C3%A9", "%C3", "%FF", "%E2%82", "+", "u", "12345", "-1001", "a", "é", " ", "||", "==", "&&")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, pieces),
        net.jqwik.api.Tuple.of(1, pieces.map(p -> "rmWarn|v1|" + p)),
        net.jqwik.api.Tuple.of(1, FuzzText.anything(64)));
  }
}
