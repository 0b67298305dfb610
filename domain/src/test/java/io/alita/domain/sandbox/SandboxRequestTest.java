package io.alita.domain.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxRequestTest {

  static final Messages EN = Messages.english();
  static final ChatId CHAT = ChatId.of(-1001);

  @Test
  void repeatIsOneToTwenty() {
    assertEquals(Optional.empty(), new SandboxRequest(CHAT, Persona.MEMBER, "hi", 1).problem(EN));
    assertEquals(Optional.empty(), new SandboxRequest(CHAT, Persona.MEMBER, "hi", 20).problem(EN));
    assertEquals(Optional.of("Send the message 1 to 20 times, not 0."),
        new SandboxRequest(CHAT, Persona.MEMBER, "hi", 0).problem(EN));
    assertEquals(Optional.of("Send the message 1 to 20 times, not 21."),
        new SandboxRequest(CHAT, Persona.MEMBER, "hi", 21).problem(EN));
  }

  @Test
  void onlyANewMemberMayWriteNothing() {
    assertEquals(Optional.of("Write the message to try."), SandboxRequest.once(CHAT, Persona.MEMBER, " ").problem(EN));
    assertEquals(Optional.of("Write the message to try."), SandboxRequest.once(CHAT, Persona.ADMIN, null).problem(EN));
    SandboxRequest joinOnly = SandboxRequest.once(CHAT, Persona.NEW_MEMBER, "");
    assertEquals(Optional.empty(), joinOnly.problem(EN));
    assertFalse(joinOnly.writes());
    assertTrue(SandboxRequest.once(CHAT, Persona.NEW_MEMBER, "hi").writes());
  }

  @Test
  void aTextLongerThanTelegramAllowsIsRefused() {
    assertEquals(Optional.empty(), SandboxRequest.once(CHAT, Persona.MEMBER, "x".repeat(4096)).problem(EN));
    assertEquals(Optional.of("A message holds at most 4096 characters; this one has 4097."),
        SandboxRequest.once(CHAT, Persona.MEMBER, "x".repeat(4097)).problem(EN));
  }

  @Test
  void personasAreNamedByTheirFormWords() {
    assertEquals(Optional.of(Persona.NEW_MEMBER), Persona.of(" New_Member "));
    assertEquals(Optional.of(Persona.ADMIN), Persona.of("admin"));
    assertEquals(Optional.empty(), Persona.of("owner"));
    assertEquals(Optional.empty(), Persona.of(null));
    assertEquals("member", Persona.MEMBER.word());
  }
}
