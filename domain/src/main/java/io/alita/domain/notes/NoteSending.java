package io.alita.domain.notes;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.deeplink.DeepLink;
import io.alita.domain.dispatch.PermissionCheck;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the group commands and the private deep links share: who is an admin, the links, and how a note goes out. */
final class NoteSending {

  final NotesStore store;
  final ContentSender sender;
  private final PermissionCheck permissions;
  private final String botUsername;

  NoteSending(NotesStore store, AdminCache admins, BotIdentity bot, ContentSender sender) {
    this.store = Objects.requireNonNull(store, "store");
    this.sender = Objects.requireNonNull(sender, "sender");
    // Only the admin rule is used; team levels give no one a chat's admin-only notes.
    this.permissions = new PermissionCheck(admins, bot, (user, level) -> false);
    String username = bot.username();
    this.botUsername = username.startsWith("@") ? username.substring(1) : username;
  }

  boolean isAdmin(ChatId chat, UserId user) {
    return permissions.isAdmin(chat, user);
  }

  /** The link that sends {@code name} of {@code chat} in private; empty when Telegram could not carry the name. */
  Optional<String> noteLink(ChatId chat, NoteName name) {
    return new DeepLink.Note(chat, name.value()).toStartArg().map(this::startLink);
  }

  /** The link that lists {@code chat}'s notes in private. */
  String notesLink(ChatId chat) {
    return startLink(new DeepLink.Notes(chat).toStartArg().orElseThrow());
  }

  private String startLink(String startArg) {
    return "https://t.me/" + botUsername + "?start=" + startArg;
  }

  /** The note's options for {@code send}: link preview, protect_content and silence from its flags. */
  static ContentSender.Send withFlags(Note note, ContentSender.Send send) {
    return send.withOptions(note.flags().preview(), note.flags().protect(), note.flags().noNotif());
  }

  /**
   * {@code noformat}: the note as it was typed (buttons as markup, flags as tags), escaped so that Telegram shows it
   * as plain text; a file goes with that as its caption (or, for a sticker or video note, followed by it).
   */
  static List<ChatAction> noformat(Note note, ContentSender.Send send) {
    StoredContent content = note.content();
    String raw = content.noformat();
    String tags = note.flags().toTags();
    String typed = tags.isEmpty() ? raw : raw.isEmpty() ? tags : raw + "\n" + tags;
    List<ChatAction> actions = new ArrayList<>();
    if (content.type().isMedia()) {
      String caption = content.type().takesText() ? Html.escape(cut(typed, Limits.CAPTION)) : "";
      actions.add(new ChatAction.SendMedia(send.chat(), content.media().orElseThrow(), caption, Keyboard.NONE,
          send.replyTo(), send.threadId(), false, false));
      if (content.type().takesText() || typed.isEmpty()) {
        return actions;
      }
    }
    actions.add(new ChatAction.Send(new OutgoingMessage(send.chat(), Html.escape(cut(typed, Limits.MESSAGE_TEXT)),
        Keyboard.NONE, send.replyTo(), false, false, send.threadId(), false)));
    return actions;
  }

  /** At most {@code limit} characters, never splitting a surrogate pair; a cut text ends with an ellipsis. */
  private static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
