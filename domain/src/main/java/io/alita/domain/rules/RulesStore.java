package io.alita.domain.rules;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;

/**
 * Outbound port: each chat's rules settings (the {@code rules} table). Rules are not cached: they are read only when
 * someone asks for them.
 *
 * <p>Writes that may create the chat's row take the chat as the message showed it, so that a store keyed on the chats
 * table can add a chat the bot has not recorded yet; a chat it already knows is left as it is. Writes take part in the
 * caller's transaction (see {@link io.alita.domain.dispatch.UpdateTransactions}) when there is one.
 */
public interface RulesStore {

  /** The chat's settings; {@link ChatRules#none} (with whatever title is known) when it has set nothing. */
  ChatRules find(ChatId chat);

  /** Sets the rules to {@code source}, the Markdown as typed, replacing any earlier text; button and privacy stay. */
  void saveText(SeenChat chat, String source);

  /** Removes the rules text; the button and the privacy setting stay. Nothing happens for a chat without settings. */
  void clearText(ChatId chat);

  /** Whether {@code /rules} sends a button to read the rules in private instead of the rules themselves. */
  void setPrivate(SeenChat chat, boolean privately);

  /** Sets the rules button's label. */
  void setButton(SeenChat chat, RulesButtonText text);

  /** Puts the rules button back to {@link RulesButtonText#DEFAULT}. Nothing happens for a chat without settings. */
  void clearButton(ChatId chat);
}
