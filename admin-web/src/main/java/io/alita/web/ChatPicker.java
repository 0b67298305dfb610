package io.alita.web;

import io.alita.domain.console.ChatDirectory;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The chats a page offers to pick from (the sandbox's chat, the audit log's filter): every group for the owner and
 * the team, a group admin's granted chats for them. A select holds at most {@value #LIMIT}; a search narrows it.
 */
public final class ChatPicker {

  /** The most chats one select offers. */
  public static final int LIMIT = Page.MAX_SIZE;

  /**
   * One option of the select.
   *
   * @param id the chat id, as the form sends it
   * @param label the title and the id, or the id alone for a chat without a recorded title
   */
  public record Choice(String id, String label) {}

  /**
   * The options, and how many chats matched in all (more than the options when the select is cut at
   * {@link #LIMIT}).
   */
  public record Choices(List<Choice> options, long total) {
    public boolean cut() {
      return total > options.size();
    }
  }

  private final ChatDirectory directory;

  public ChatPicker(ChatDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The chats this session may pick, whose title contains {@code search} (every one for a blank search). */
  public Choices choices(ConsoleSession session, String search) {
    String typed = search == null ? "" : search;
    Page<ChatSummary> page = session.user().role().seesAllChats()
        ? directory.page(typed, 1, LIMIT)
        : directory.page(typed, session.chats(), 1, LIMIT);
    return new Choices(page.items().stream().map(s -> new Choice(s.id().toString(), label(s))).toList(),
        page.total());
  }

  /** How a chat is named on a page: {@code Title (-100123)}, or the id alone when the bot knows no title. */
  public String label(ChatId chat) {
    return directory.chat(chat).map(ChatPicker::label).orElse(chat.toString());
  }

  /** Labels for several chats, each looked up once. */
  public Map<ChatId, String> labels(Iterable<ChatId> chats) {
    Map<ChatId, String> labels = new HashMap<>();
    for (ChatId chat : chats) {
      labels.computeIfAbsent(chat, this::label);
    }
    return labels;
  }

  private static String label(ChatSummary summary) {
    Optional<String> title = summary.title().filter(t -> !t.isBlank());
    return title.map(t -> t + " (" + summary.id() + ")").orElse(summary.id().toString());
  }

  /**
   * A chat id as a form or a link sends it.
   *
   * @return empty for a missing or blank value
   * @throws ConsoleError (400) for anything that is not a chat id
   */
  public static Optional<ChatId> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ChatId.of(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      throw ConsoleError.badRequest("A chat is named by its id, a number such as -1001234567890.");
    }
  }
}
