package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteFlagsTest {

  @ParameterizedTest
  @CsvSource({
      "{private},   true,  false, false, false, false, false",
      "{noprivate}, false, true,  false, false, false, false",
      "{admin},     false, false, true,  false, false, false",
      "{preview},   false, false, false, true,  false, false",
      "{protect},   false, false, false, false, true,  false",
      "{nonotif},   false, false, false, false, false, true"})
  void eachTagSetsItsFlag(String tag, boolean privateOnly, boolean noPrivate, boolean admin, boolean preview,
      boolean protect, boolean noNotif) {
    NoteFlags.Parsed parsed = NoteFlags.parse("Note text " + tag);

    assertEquals(new NoteFlags(privateOnly, noPrivate, admin, preview, protect, noNotif), parsed.flags());
    assertEquals("Note text", parsed.text());
  }

  @Test
  void tagsAreRemovedWhereverTheyAre() {
    NoteFlags.Parsed parsed = NoteFlags.parse("{admin}\nFirst {protect}line\nSecond line\n{nonotif} {preview}");

    assertEquals(new NoteFlags(false, false, true, true, true, true), parsed.flags());
    assertEquals("First line\nSecond line", parsed.text());
  }

  @Test
  void repeatedTagIsRemovedEverywhere() {
    assertEquals("a  b", NoteFlags.parse("a {admin} b {admin}").text());
  }

  @Test
  void noteWithoutTagsIsUnchanged() {
    NoteFlags.Parsed parsed = NoteFlags.parse("  *Just* a note {first}");

    assertEquals(NoteFlags.NONE, parsed.flags());
    assertEquals("  *Just* a note {first}", parsed.text());
  }

  @Test
  void escapedTagIsText() {
    NoteFlags.Parsed parsed = NoteFlags.parse("Use \\{admin} to hide a note");

    assertEquals(NoteFlags.NONE, parsed.flags());
    assertEquals("Use \\{admin} to hide a note", parsed.text());
  }

  @Test
  void tagsAreExactAndLowerCase() {
    NoteFlags.Parsed parsed = NoteFlags.parse("{ADMIN} {Private} {admin }");

    assertEquals(NoteFlags.NONE, parsed.flags());
  }

  @Test
  void privateAndNoprivateTogetherIsAConflictToWarnAbout() {
    assertTrue(NoteFlags.parse("{private}{noprivate}").flags().conflictingPrivacy());
    assertFalse(NoteFlags.parse("{private}").flags().conflictingPrivacy());
  }

  @Test
  void toTagsWritesTheFlagsBack() {
    assertEquals("{private} {admin} {nonotif}", new NoteFlags(true, false, true, false, false, true).toTags());
    assertEquals("", NoteFlags.NONE.toTags());
  }

  @Test
  void filtersKeepTheTagsAsTextBecauseOnlyNotesParseThem() {
    FormattedMessage reply = MessageFormatter.render("Filtered {admin} {private}", TestFillingContextFactory.ada(),
        () -> 0L);

    assertEquals("Filtered {admin} {private}", reply.html());
  }
}
