package io.alita.domain.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class OpaqueTokenTest {

  @Test
  void aTokenRoundTripsAndOnlyItsHashIsStored() {
    OpaqueToken token = OpaqueToken.generate(new SecureRandom());
    OpaqueToken back = OpaqueToken.parse(token.value());
    assertEquals(token.hash(), back.hash());
    assertEquals(64, token.hash().length());
    assertNotEquals(token.value(), token.hash());
    assertFalse(token.toString().contains(token.value()));
  }

  @Test
  void textThatCannotBeATokenIsRejectedBeforeAnyLookup() {
    assertNull(OpaqueToken.parse(null));
    assertNull(OpaqueToken.parse("short"));
    assertNull(OpaqueToken.parse("x".repeat(42) + "'"));
  }
}
