package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.Protections;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat as the pages show it: plain strings and numbers, every one escaped by the templates.
 *
 * @param protections which protections are on, in words ("captcha", "blacklist: 3 words"); empty when none
 */
public record ChatView(long id, String title, String username, long membersSeen, List<String> protections) {

  static ChatView of(ChatSummary summary) {
    return new ChatView(summary.id().value(), summary.title().orElse("(untitled chat)"),
        summary.chat().username() == null ? "" : "@" + summary.chat().username(), summary.membersSeen(),
        words(summary.protections()));
  }

  /** The address of the chat's pages. */
  public String path() {
    return "/chats/" + id;
  }

  static List<String> words(Protections p) {
    List<String> on = new ArrayList<>();
    if (p.captcha()) {
      on.add("captcha");
    }
    if (p.antiflood()) {
      on.add("antiflood");
    }
    if (p.blacklistWords() > 0) {
      on.add("blacklist: " + p.blacklistWords() + (p.blacklistWords() == 1 ? " word" : " words"));
    }
    if (p.locks() > 0) {
      on.add("locks: " + p.locks());
    }
    if (p.antiraid()) {
      on.add("antiraid");
    }
    if (p.rules()) {
      on.add("rules");
    }
    return List.copyOf(on);
  }
}
