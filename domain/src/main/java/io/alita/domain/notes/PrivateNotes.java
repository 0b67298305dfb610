package io.alita.domain.notes;

import io.alita.domain.action.Keyboard;
import io.alita.domain.content.ContentSender;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the notes deep links in the bot's private chat: {@code notes_<chat>} lists that group's notes (admin-only
 * ones only for its admins), {@code note_<chat>_<name>} sends one note there (an admin-only one only to an admin of
 * the group). The group's title, for the heading and {@code {chatname}}, is the one the bot last recorded.
 */
public final class PrivateNotes {

  static final MessageKey THIS_CHAT = MessageKey.of("notes.this_chat");
  static final MessageKey NOT_THERE = MessageKey.of("notes.not_there");

  private final NoteSending sending;

  PrivateNotes(NoteSending sending) {
    this.sending = Objects.requireNonNull(sending, "sending");
  }

  /** Replies to {@code ctx}'s {@code /start} with the notes of {@code group} its sender may see. */
  public void list(CommandContext ctx, ChatId group) {
    boolean admin = sending.isAdmin(group, ctx.actor().id());
    String title = sending.store.chatTitle(group).orElse("");
    ctx.replyHtml(NotesModule.listing(sending, ctx.messages(), group, title, admin), Keyboard.NONE);
  }

  /** Sends the note {@code typedName} of {@code group} into the private chat of {@code ctx}. */
  public void send(CommandContext ctx, ChatId group, String typedName) {
    Optional<Note> note = NoteName.parse(typedName).flatMap(name -> sending.store.find(group, name));
    if (note.isEmpty()) {
      ctx.reply(NOT_THERE, "name", typedName.toLowerCase(java.util.Locale.ROOT));
      return;
    }
    if (note.get().flags().adminOnly() && !sending.isAdmin(group, ctx.actor().id())) {
      ctx.reply(NotesModule.ADMIN_ONLY);
      return;
    }
    String title = sending.store.chatTitle(group).orElse("");
    ContentSender.Send send = ContentSender.Send.to(ctx.chat(), title, ctx.actor()).withRulesOf(group);
    ctx.act(sending.sender.action(note.get().content(), NoteSending.withFlags(note.get(), send)));
  }
}
