package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void splitFirstSkipsLeadingSpaceAndKeepsTheRestIntact() {
    assertEquals(new Words.Split("@user", "spam  and\nmore "), Words.splitFirst("  @user \n spam  and\nmore "));
  }

  @Test
  void splitFirstOfBlankTextIsEmpty() {
    assertEquals(new Words.Split("", ""), Words.splitFirst(" \n"));
    assertEquals(new Words.Split("", ""), Words.splitFirst(""));
  }

  @Test
  void splitFirstOfOneWordHasEmptyRest() {
    assertEquals(new Words.Split("2h", ""), Words.splitFirst("2h"));
  }

  @Test
  void noBreakSpacesSeparateWordsAndAreStripped() {
    assertEquals(new Words.Split("a", "b"), Words.splitFirst("\u00A0a\u202Fb"));
    assertEquals("x", Words.strip("\u00A0 x \u2007"));
    assertTrue(Words.isBlank("\u00A0\n"));
    assertFalse(Words.isBlank(" x "));
  }

  @Test
  void stripLeadingKeepsTrailingSpace() {
    assertEquals("a b ", Words.stripLeading(" \n a b "));
  }

  @Test
  void signedAsciiNumbersParseAndEverythingElseDoesNot() {
    assertEquals(OptionalLong.of(-1001234567890L), AsciiInteger.parseSigned("-1001234567890"));
    assertEquals(OptionalLong.of(42), AsciiInteger.parseSigned("42"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("+42"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("-"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned(""));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("--1"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("4 2"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("\u0664\u0662"));
    assertEquals(OptionalLong.empty(), AsciiInteger.parseSigned("99999999999999999999"));
    assertTrue(AsciiInteger.looksSigned("99999999999999999999"));
    assertFalse(AsciiInteger.isDigits("-1"));
  }
}
