package io.alita.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsernameTest {

  @Test
  void usernamesDifferingOnlyInCaseAreEqual() {
    assertEquals(Username.of("JohnDoe"), Username.of("johndoe"));
    assertEquals(Username.of("JohnDoe").hashCode(), Username.of("JOHNDOE").hashCode());
    assertNotEquals(Username.of("JohnDoe"), Username.of("JohnDoe1"));
  }

  @Test
  void spellingAsTypedIsKeptForReplies() {
    Username name = Username.of("@JohnDoe");
    assertEquals("JohnDoe", name.value());
    assertEquals("johndoe", name.canonical());
    assertEquals("@JohnDoe", name.toString());
  }

  @Test
  void fiveCharactersIsTheShortestUsername() {
    assertEquals(Optional.of(Username.of("abcde")), Username.parse("abcde"));
    assertEquals(Optional.empty(), Username.parse("abcd"));
  }

  @Test
  void thirtyTwoCharactersIsTheLongestUsername() {
    assertEquals("a".repeat(32), Username.parse("a".repeat(32)).orElseThrow().value());
    assertEquals(Optional.empty(), Username.parse("a".repeat(33)));
  }

  @Test
  void usernameMustStartWithALetter() {
    assertEquals(Optional.empty(), Username.parse("1abcde"));
    assertEquals(Optional.empty(), Username.parse("_abcde"));
  }

  @Test
  void ofRefusesInvalidUsernames() {
    assertThrows(IllegalArgumentException.class, () -> Username.of("no spaces"));
  }
}
