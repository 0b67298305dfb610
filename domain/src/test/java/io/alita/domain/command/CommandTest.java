package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {

  @Test
  void nameIsStoredLowercase() {
    assertEquals("ban", Command.of("BaN", "").name());
  }

  @ParameterizedTest(name = "name \"{0}\" is refused")
  @ValueSource(strings = {"", "ban me", "ban-me", "бан", "/ban"})
  void nameThatNoCommandCanHaveIsRefused(String name) {
    assertThrows(IllegalArgumentException.class, () -> Command.of(name, ""));
  }

  @Test
  void entityReachingPastTheArgumentsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Command("ban", "ab", List.of(MessageEntity.of(EntityType.BOLD, 1, 2))));
  }

  @Test
  void entitiesCannotBeChangedAfterwards() {
    List<MessageEntity> source = new ArrayList<>();
    source.add(MessageEntity.of(EntityType.BOLD, 0, 1));
    Command command = new Command("ban", "a", source);
    source.clear();
    assertEquals(1, command.entities().size());
    assertThrows(UnsupportedOperationException.class, () -> command.entities().clear());
  }

  @Test
  void blankArgumentTextCountsAsNoArguments() {
    assertFalse(Command.of("ban", "").hasArguments());
    assertFalse(Command.of("ban", " \n").hasArguments());
    assertTrue(Command.of("ban", "x").hasArguments());
  }

  @Test
  void entityAtFindsOnlyTheRequestedTypeAtThatOffset() {
    MessageEntity bold = MessageEntity.of(EntityType.BOLD, 0, 1);
    MessageEntity mention = MessageEntity.textMention(2, 1, UserId.of(5));
    Command command = new Command("ban", "a b", List.of(bold, mention));
    assertEquals(Optional.of(mention), command.entityAt(2, EntityType.TEXT_MENTION));
    assertEquals(Optional.empty(), command.entityAt(0, EntityType.TEXT_MENTION));
    assertEquals(Optional.of(bold), command.entityAt(0, EntityType.BOLD));
  }
}
