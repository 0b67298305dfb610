package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

  @Test
  void everySupportedFormIsRead() throws Exception {
    String content = String.join("\n",
        "# Alita configuration",
        "",
        "BOT_TOKEN=123456:abc",
        "export OWNER_ID=42",
        "   SPACED =   value with spaces   ",
        "SINGLE='a #not a comment \\n $HOME'",
        "DOUBLE=\"line1\\nline2 \\\"quoted\\\" back\\\\slash \\$HOME\"",
        "INLINE=value # a comment",
        "HASH=#fff",
        "QUOTED_THEN_COMMENT=\"x y\"   # note",
        "EMPTY=",
        "EMPTY_QUOTED=\"\"",
        "DUP=first",
        "DUP=second",
        "DOTTED.KEY=1",
        "");
    Map<String, String> values = DotEnv.parse(content, ".env");
    assertEquals("123456:abc", values.get("BOT_TOKEN"));
    assertEquals("42", values.get("OWNER_ID"));
    assertEquals("value with spaces", values.get("SPACED"));
    assertEquals("a #not a comment \\n $HOME", values.get("SINGLE"));
    assertEquals("line1\nline2 \"quoted\" back\\slash $HOME", values.get("DOUBLE"));
    assertEquals("value", values.get("INLINE"));
    assertEquals("#fff", values.get("HASH"));
    assertEquals("x y", values.get("QUOTED_THEN_COMMENT"));
    assertEquals("", values.get("EMPTY"));
    assertEquals("", values.get("EMPTY_QUOTED"));
    assertEquals("second", values.get("DUP"));
    assertEquals("1", values.get("DOTTED.KEY"));
    assertEquals(12, values.size());
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkAreHandled() throws Exception {
    Map<String, String> values = DotEnv.parse("\uFEFFA=1\r\nB=\"2\"\r\n", ".env");
    assertEquals(Map.of("A", "1", "B", "2"), values);
  }

  @Test
  void everyMalformedLineIsReportedByFileAndLineWithoutItsContent() {
    String content = String.join("\n",
        "GOOD=1",
        "hunter2-pasted-alone",
        "1BAD=x",
        "=nokey",
        "OPEN=\"hunter2-unterminated",
        "TRAIL='hunter2' extra",
        "OPEN_SINGLE='hunter2");
    ConfigException e = assertThrows(ConfigException.class, () -> DotEnv.parse(content, "/srv/alita/.env"));
    assertEquals(List.of(
        "/srv/alita/.env line 2: expected KEY=VALUE (or a # comment)",
        "/srv/alita/.env line 3: '1BAD' is not a valid variable name; use letters, digits and _, not starting with a digit",
        "/srv/alita/.env line 4: nothing before '='; expected KEY=VALUE",
        "/srv/alita/.env line 5: double quote is not closed; values spanning lines are not supported, write \\n for a line break",
        "/srv/alita/.env line 6: unexpected text after the closing quote; only a # comment may follow",
        "/srv/alita/.env line 7: single quote is not closed; values spanning lines are not supported"),
        e.errors().stream().map(ConfigError::toString).toList());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
