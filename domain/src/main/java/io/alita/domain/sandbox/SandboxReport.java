package io.alita.domain.sandbox;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.time.ModerationDuration;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes down one simulation as it runs: each event (the join, each message) opens a step, and every action the bot
 * carries out, every timer and delayed action it sets, becomes a line of that step. It also follows what the actions
 * do to the simulated member: once they are muted or out of the chat, they can write no more, and the simulation
 * should stop there as Telegram would stop their messages.
 *
 * <p>Not thread-safe: one report belongs to one simulation.
 */
public final class SandboxReport {

  static final MessageKey EVENT_JOIN = MessageKey.of("sandbox.event_join");
  static final MessageKey EVENT_MESSAGE = MessageKey.of("sandbox.event_message");
  static final MessageKey EVENT_MESSAGE_NUMBERED = MessageKey.of("sandbox.event_message_numbered");
  static final MessageKey NOTHING = MessageKey.of("sandbox.nothing");
  static final MessageKey STOPPED_MUTED = MessageKey.of("sandbox.stopped_muted");
  static final MessageKey STOPPED_REMOVED = MessageKey.of("sandbox.stopped_removed");
  static final MessageKey TIMER = MessageKey.of("sandbox.timer");
  static final MessageKey LATER = MessageKey.of("sandbox.later");
  static final MessageKey THE_MESSAGE = MessageKey.of("sandbox.the_message");
  static final MessageKey MESSAGE_NUMBER = MessageKey.of("sandbox.message_number");
  static final MessageKey BOT_MESSAGE = MessageKey.of("sandbox.bot_message");
  static final MessageKey SOME_MESSAGE = MessageKey.of("sandbox.some_message");
  static final MessageKey SOME_USER = MessageKey.of("sandbox.some_user");
  static final MessageKey THE_BOT = MessageKey.of("sandbox.the_bot");
  static final MessageKey UNKNOWN_CHAT = MessageKey.of("sandbox.unknown_chat");
  static final MessageKey NOT_A_GROUP = MessageKey.of("sandbox.not_a_group");
  static final MessageKey FAILED = MessageKey.of("sandbox.failed");

  /** How much of a text an event or a message's name quotes. */
  static final int EVENT_EXCERPT = 200;
  static final int NAME_EXCERPT = 40;

  private enum Standing { WRITING, MUTED, REMOVED }

  private record OpenStep(String event, List<String> decisions) {}

  private final Messages messages;
  private final SeenUser user;
  private final UserId bot;
  private final int messageCount;
  private final ActionDescriber describer;
  private final Map<MessageId, String> messageNames = new HashMap<>();
  private final List<OpenStep> steps = new ArrayList<>();
  private Standing standing = Standing.WRITING;
  private Optional<String> stoppedEarly = Optional.empty();

  /**
   * @param user the simulated member
   * @param bot the bot's own id
   * @param messageCount how many messages the member writes: one is "the message", several are numbered
   * @param now the moment of the simulation
   */
  public SandboxReport(Messages messages, SeenUser user, UserId bot, int messageCount, Instant now) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.user = Objects.requireNonNull(user, "user");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.messageCount = messageCount;
    this.describer = new ActionDescriber(messages, new ActionDescriber.Names() {
      @Override
      public String user(UserId id) {
        return nameOf(id);
      }

      @Override
      public String message(MessageId id) {
        return nameOf(id);
      }
    }, now);
  }

  // ------------------------------------------------------------------------------------------------ rejections

  /** The chat is not in the bot's records: it was never there, so it has no settings to try. */
  public static SandboxResult.Rejected unknownChat(Messages messages, ChatId chat) {
    return new SandboxResult.Rejected(messages.plain(UNKNOWN_CHAT, "chat", chat.toString()));
  }

  /** Private chats and channels have no members writing under group rules. */
  public static SandboxResult.Rejected notAGroup(Messages messages, ChatId chat, ChatKind kind) {
    return new SandboxResult.Rejected(messages.plain(NOT_A_GROUP, "chat", chat.toString(),
        "kind", kind.name().toLowerCase(Locale.ROOT)));
  }

  /** The simulation broke off (the database failed); the details belong in the log, not on the page. */
  public static SandboxResult.Rejected failed(Messages messages) {
    return new SandboxResult.Rejected(messages.plain(FAILED));
  }

  // ------------------------------------------------------------------------------------------------ events

  /** The member joins the chat: a new step. */
  public void joins() {
    steps.add(new OpenStep(messages.plain(EVENT_JOIN, "user", user.fullName()), new ArrayList<>()));
  }

  /**
   * The member writes message {@code number} (from 1) with id {@code id}: a new step; later actions call the message
   * by its number.
   */
  public void writes(int number, MessageId id, String text) {
    messageNames.put(id, messageCount == 1 ? messages.plain(THE_MESSAGE)
        : messages.plain(MESSAGE_NUMBER, "number", number));
    String quoted = excerpt(text, EVENT_EXCERPT);
    steps.add(new OpenStep(messageCount == 1
        ? messages.plain(EVENT_MESSAGE, "user", user.fullName(), "text", quoted)
        : messages.plain(EVENT_MESSAGE_NUMBERED, "number", number, "count", messageCount, "user", user.fullName(),
            "text", quoted), new ArrayList<>()));
  }

  // ------------------------------------------------------------------------------------------------ what the bot does

  /** The bot carries out {@code action}; a message it sends is named by its text from then on. */
  public void carriedOut(ChatAction action, ActionResult result) {
    decide(describer.describe(action));
    if (result instanceof ActionResult.Sent sent) {
      String html = action instanceof ChatAction.Send s ? s.message().html()
          : action instanceof ChatAction.SendPhoto p ? p.captionHtml()
          : action instanceof ChatAction.SendMedia m ? m.captionHtml() : "";
      messageNames.put(sent.message(), messages.plain(BOT_MESSAGE,
          "text", excerpt(ActionDescriber.plain(html), NAME_EXCERPT)));
    }
    follow(action);
  }

  /** The bot sets a timer that fires in {@code in} (a captcha's time limit). */
  public void timerSet(Duration in) {
    decide(messages.plain(TIMER, "delay", ModerationDuration.format(wholeSeconds(in))));
  }

  /** The bot will carry out {@code action} after {@code delay} (a self-deleting notice). */
  public void scheduled(Duration delay, ChatAction action) {
    decide(messages.plain(LATER, "delay", ModerationDuration.format(wholeSeconds(delay)),
        "action", describer.describe(action)));
  }

  // ------------------------------------------------------------------------------------------------ the member

  /** False once the member is muted or out of the chat: Telegram would not take their next message. */
  public boolean memberCanWrite() {
    return standing == Standing.WRITING;
  }

  /** The remaining {@code count} messages are not simulated, because the member can no longer write. */
  public void stopBefore(int count) {
    MessageKey why = standing == Standing.REMOVED ? STOPPED_REMOVED : STOPPED_MUTED;
    stoppedEarly = Optional.of(messages.plain(why, "user", user.fullName(), "count", count));
  }

  /** The simulation as it went. */
  public SandboxResult.Simulated result() {
    List<SandboxResult.Step> done = steps.stream().map(s -> s.decisions().isEmpty()
        ? new SandboxResult.Step(s.event(), false, List.of(messages.plain(NOTHING)))
        : new SandboxResult.Step(s.event(), true, s.decisions())).toList();
    return new SandboxResult.Simulated(done, stoppedEarly);
  }

  // ------------------------------------------------------------------------------------------------ inside

  private void decide(String line) {
    if (steps.isEmpty()) {
      throw new IllegalStateException("an action before any event: call joins() or writes() first");
    }
    steps.get(steps.size() - 1).decisions().add(line);
  }

  /** What an action does to the member's standing: muted, free again, or out of the chat. */
  private void follow(ChatAction action) {
    if (action instanceof ChatAction.Restrict r && r.user().equals(user.id()) && standing != Standing.REMOVED) {
      standing = r.permissions().sendMessages() ? Standing.WRITING : Standing.MUTED;
    } else if ((action instanceof ChatAction.Ban b && b.user().equals(user.id()))
        || (action instanceof ChatAction.Kick k && k.user().equals(user.id()))) {
      standing = Standing.REMOVED;
    }
  }

  private String nameOf(UserId id) {
    if (id.equals(user.id())) {
      return user.fullName();
    }
    return id.equals(bot) ? messages.plain(THE_BOT) : messages.plain(SOME_USER, "id", id.toString());
  }

  private String nameOf(MessageId id) {
    String name = messageNames.get(id);
    return name != null ? name : messages.plain(SOME_MESSAGE, "id", id.toString());
  }

  private static Duration wholeSeconds(Duration d) {
    return Duration.ofSeconds(Math.max(0, Math.round(d.toMillis() / 1000.0)));
  }

  private static String excerpt(String text, int max) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.codePointCount(0, oneLine.length()) <= max) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, max)) + "…";
  }
}
