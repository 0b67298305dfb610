package io.alita.telegram.action;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.Right;
import io.alita.telegram.mapping.Permissions;
import io.alita.telegram.send.CallCategory;
import io.alita.telegram.send.OutboundRateLimiter;
import io.alita.telegram.send.RefusalReason;
import io.alita.telegram.send.TelegramCall;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ApproveChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatSenderChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.DeclineChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.PromoteChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.SetChatAdministratorCustomTitle;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatSenderChat;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinAllChatMessages;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.UnpinChatMessage;
import org.telegram.telegrambots.meta.api.methods.reactions.SetMessageReaction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendAnimation;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendSticker;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVideoNote;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionTypeEmoji;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out the domain's {@link ChatAction}s with the Bot API, every call through the {@link OutboundRateLimiter}:
 * sends (text, pictures, files by id) and edits count against the chat's message limits ({@link CallCategory#MESSAGE}), everything else only against
 * the global rate. Never throws: Telegram's everyday refusals come back as {@link ActionResult.Refused} with the
 * matching reason, any other failure as {@code Refused(OTHER, detail)} after a WARN line naming the method and chat.
 *
 * <p>{@link #executeLater} does not block: built with a scheduler and an executor, the limiter's waits happen on the
 * scheduler, so a chat waiting out a flood pause holds no thread. {@link #execute} waits for the result. Thread-safe.
 */
public final class TelegramChatActions implements ChatActionPort {

  /** The Bot API's spelling (TelegramBots' ParseMode.HTML is lower case; Telegram accepts both). */
  static final String HTML = "HTML";

  /** deleteMessages takes at most this many ids per call. */
  static final int DELETE_BATCH = 100;

  private final BotApiGateway api;
  private final TelegramClient client;

  /** Actions carried out on the calling thread ({@link #executeLater} is then already done when it returns). */
  public TelegramChatActions(TelegramClient client, OutboundRateLimiter limiter) {
    this.api = new BotApiGateway(client, limiter);
    this.client = client;
  }

  /**
   * Actions whose limiter waits run on {@code scheduler} and whose requests run on {@code executor}.
   *
   * @param scheduler only waits and hands-over run on it: one thread is plenty
   * @param executor where requests (blocking HTTP calls) run
   */
  public TelegramChatActions(TelegramClient client, OutboundRateLimiter limiter, ScheduledExecutorService scheduler,
      Executor executor) {
    this.api = new BotApiGateway(client, limiter, scheduler, executor);
    this.client = client;
  }

  @Override
  public ActionResult execute(ChatAction action) {
    return executeLater(action).join();
  }

  /** Carries {@code action} out; the future never fails (see the class comment). */
  @Override
  public CompletableFuture<ActionResult> executeLater(ChatAction action) {
    try {
      return start(action);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new ActionResult.Refused(ActionResult.Refusal.OTHER, e.toString()));
    }
  }

  private CompletableFuture<ActionResult> start(ChatAction action) {
    if (action instanceof ChatAction.Send a) {
      return send(a.message());
    }
    if (action instanceof ChatAction.SendPhoto a) {
      return sendPhoto(a);
    }
    if (action instanceof ChatAction.SendDocument a) {
      return sendDocument(a);
    }
    if (action instanceof ChatAction.RemoveReplyKeyboard a) {
      return removeReplyKeyboard(a);
    }
    if (action instanceof ChatAction.SendMedia a) {
      return sendMedia(a);
    }
    if (action instanceof ChatAction.Edit a) {
      return edit(a);
    }
    if (action instanceof ChatAction.Delete a) {
      return delete(a.chat(), a.messages());
    }
    if (action instanceof ChatAction.Ban a) {
      return done(a.chat(), BanChatMember.builder().chatId(a.chat().value()).userId(a.user().value())
          .untilDate(until(a.until())).build());
    }
    if (action instanceof ChatAction.Unban a) {
      // only_if_banned: unbanning someone who is in the chat would otherwise remove them (see Kick).
      return done(a.chat(), UnbanChatMember.builder().chatId(a.chat().value()).userId(a.user().value())
          .onlyIfBanned(true).build());
    }
    if (action instanceof ChatAction.Kick a) {
      // Without only_if_banned, unbanChatMember removes a present member and leaves them free to rejoin: a kick in
      // one call, with no window in which a failed second call turns it into a ban.
      return done(a.chat(), UnbanChatMember.builder().chatId(a.chat().value()).userId(a.user().value()).build());
    }
    if (action instanceof ChatAction.Restrict a) {
      // Independent permissions: each flag means exactly itself, rather than Telegram deriving some from others.
      return done(a.chat(), RestrictChatMember.builder().chatId(a.chat().value()).userId(a.user().value())
          .permissions(Permissions.toTelegram(a.permissions())).useIndependentChatPermissions(true)
          .untilDate(until(a.until())).build());
    }
    if (action instanceof ChatAction.BanSenderChat a) {
      return done(a.chat(), BanChatSenderChat.builder().chatId(a.chat().value()).senderChatId(a.senderChat().value())
          .build());
    }
    if (action instanceof ChatAction.UnbanSenderChat a) {
      return done(a.chat(), UnbanChatSenderChat.builder().chatId(a.chat().value()).senderChatId(a.senderChat().value())
          .build());
    }
    if (action instanceof ChatAction.Promote a) {
      return done(a.chat(), promote(a.chat(), a.user().value(), a.rights()));
    }
    if (action instanceof ChatAction.SetAdminTitle a) {
      return done(a.chat(), SetChatAdministratorCustomTitle.builder().chatId(a.chat().value()).userId(a.user().value())
          .customTitle(a.title()).build());
    }
    if (action instanceof ChatAction.Pin a) {
      return done(a.chat(), PinChatMessage.builder().chatId(a.chat().value()).messageId(a.message().value())
          .disableNotification(!a.loud()).build());
    }
    if (action instanceof ChatAction.Unpin a) {
      return done(a.chat(), UnpinChatMessage.builder().chatId(a.chat().value())
          .messageId(a.message().map(MessageId::value).orElse(null)).build());
    }
    if (action instanceof ChatAction.UnpinAll a) {
      return done(a.chat(), UnpinAllChatMessages.builder().chatId(a.chat().value()).build());
    }
    if (action instanceof ChatAction.React a) {
      return done(a.chat(), SetMessageReaction.builder().chatId(a.chat().value()).messageId(a.message().value())
          .reactionTypes(List.of(new ReactionTypeEmoji(a.emoji()))).build());
    }
    if (action instanceof ChatAction.AnswerButton a) {
      return done(a.chat(), AnswerCallbackQuery.builder().callbackQueryId(a.callbackId())
          .text(a.text().isEmpty() ? null : a.text()).showAlert(a.alert() ? Boolean.TRUE : null).build());
    }
    if (action instanceof ChatAction.LeaveChat a) {
      return done(a.chat(), LeaveChat.builder().chatId(a.chat().value()).build());
    }
    if (action instanceof ChatAction.ApproveJoinRequest a) {
      return done(a.chat(), ApproveChatJoinRequest.builder().chatId(a.chat().value()).userId(a.user().value()).build());
    }
    if (action instanceof ChatAction.DeclineJoinRequest a) {
      return done(a.chat(), DeclineChatJoinRequest.builder().chatId(a.chat().value()).userId(a.user().value()).build());
    }
    throw new IllegalArgumentException("unknown action " + action);
  }

  private CompletableFuture<ActionResult> send(OutgoingMessage m) {
    SendMessage.SendMessageBuilder<?, ?> request = SendMessage.builder()
        .chatId(m.chat().value())
        .text(m.html())
        .parseMode(HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(!m.linkPreview()).build());
    if (m.silent()) {
      request.disableNotification(true);
    }
    if (m.protect()) {
      request.protectContent(true);
    }
    m.threadId().ifPresent(request::messageThreadId);
    // allow_sending_without_reply: a command deleted before the answer arrives must not swallow the answer.
    m.replyTo().ifPresent(reply -> request.replyParameters(
        ReplyParameters.builder().messageId(reply.value()).allowSendingWithoutReply(true).build()));
    if (!m.keyboard().isEmpty()) {
      request.replyMarkup(markup(m.keyboard()));
    }
    return api.later(CallCategory.MESSAGE, m.chat(), request.build()).thenApply(TelegramChatActions::sentOrRefused);
  }

  private CompletableFuture<ActionResult> removeReplyKeyboard(ChatAction.RemoveReplyKeyboard r) {
    SendMessage request = SendMessage.builder()
        .chatId(r.chat().value())
        .text(r.html())
        .parseMode(HTML)
        .replyParameters(ReplyParameters.builder().messageId(r.replyTo().value()).allowSendingWithoutReply(true).build())
        .replyMarkup(org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove.builder()
            .removeKeyboard(true).build())
        .build();
    return api.later(CallCategory.MESSAGE, r.chat(), request).thenApply(TelegramChatActions::sentOrRefused);
  }

  private static ActionResult sentOrRefused(BotApiGateway.Outcome<Message> sent) {
    return sent.ok() ? new ActionResult.Sent(MessageId.of(sent.value().getMessageId())) : refused(sent);
  }

  private CompletableFuture<ActionResult> sendPhoto(ChatAction.SendPhoto p) {
    // Built afresh for every attempt: the upload reads its stream once, and a retry after a 429 needs the bytes again.
    return api.later(CallCategory.MESSAGE, p.chat(), "sendPhoto", () -> client.execute(photoRequest(p)))
        .thenApply(TelegramChatActions::sentOrRefused);
  }

  private static SendPhoto photoRequest(ChatAction.SendPhoto p) {
    SendPhoto.SendPhotoBuilder<?, ?> request = SendPhoto.builder()
        .chatId(p.chat().value())
        .photo(new InputFile(new java.io.ByteArrayInputStream(p.png()), "image.png"))
        .caption(p.captionHtml())
        .parseMode(HTML);
    p.replyTo().ifPresent(reply -> request.replyParameters(
        ReplyParameters.builder().messageId(reply.value()).allowSendingWithoutReply(true).build()));
    if (!p.keyboard().isEmpty()) {
      request.replyMarkup(markup(p.keyboard()));
    }
    return request.build();
  }

  private CompletableFuture<ActionResult> sendDocument(ChatAction.SendDocument d) {
    // Built afresh for every attempt, as a photo upload is: a retry after a 429 needs the stream again.
    return api.later(CallCategory.MESSAGE, d.chat(), "sendDocument", () -> client.execute(documentRequest(d)))
        .thenApply(TelegramChatActions::sentOrRefused);
  }

  private static SendDocument documentRequest(ChatAction.SendDocument d) {
    SendDocument.SendDocumentBuilder<?, ?> request = SendDocument.builder()
        .chatId(d.chat().value())
        .document(new InputFile(new java.io.ByteArrayInputStream(d.bytes()), d.fileName()))
        .caption(d.captionHtml())
        .parseMode(HTML);
    d.replyTo().ifPresent(reply -> request.replyParameters(
        ReplyParameters.builder().messageId(reply.value()).allowSendingWithoutReply(true).build()));
    return request.build();
  }

  /**
   * A file by its id, as it was received: one Bot API method per type. A file id Telegram no longer accepts (another
   * bot's, expired, of another type) comes back as {@code Refused(FILE_REFUSED)}, logged as a refusal.
   */
  private CompletableFuture<ActionResult> sendMedia(ChatAction.SendMedia m) {
    MediaRequest request = mediaRequest(m);
    return api.later(CallCategory.MESSAGE, m.chat(), request.method(), request.call())
        .thenApply(TelegramChatActions::sentOrRefused);
  }

  /** The request for one media send, named for the log, built once: a file id is text, there is no stream to reread. */
  private record MediaRequest(String method, TelegramCall<Message> call) {}

  private MediaRequest mediaRequest(ChatAction.SendMedia m) {
    InputFile file = new InputFile(m.media().fileId());
    Long chat = m.chat().value();
    Integer thread = m.threadId().orElse(null);
    ReplyParameters reply = m.replyTo()
        .map(r -> ReplyParameters.builder().messageId(r.value()).allowSendingWithoutReply(true).build()).orElse(null);
    InlineKeyboardMarkup keyboard = m.keyboard().isEmpty() ? null : markup(m.keyboard());
    Boolean silent = m.silent() ? Boolean.TRUE : null;
    Boolean protect = m.protect() ? Boolean.TRUE : null;
    String caption = m.captionHtml().isEmpty() ? null : m.captionHtml();
    String parseMode = caption == null ? null : HTML;
    return switch (m.media().type()) {
      case STICKER -> {
        SendSticker r = SendSticker.builder().chatId(chat).sticker(file).messageThreadId(thread).replyParameters(reply)
            .replyMarkup(keyboard).disableNotification(silent).protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case VIDEO_NOTE -> {
        SendVideoNote r = SendVideoNote.builder().chatId(chat).videoNote(file).messageThreadId(thread)
            .replyParameters(reply).replyMarkup(keyboard).disableNotification(silent).protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case DOCUMENT -> {
        SendDocument r = SendDocument.builder().chatId(chat).document(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case PHOTO -> {
        SendPhoto r = SendPhoto.builder().chatId(chat).photo(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case AUDIO -> {
        SendAudio r = SendAudio.builder().chatId(chat).audio(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case VOICE -> {
        SendVoice r = SendVoice.builder().chatId(chat).voice(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case VIDEO -> {
        SendVideo r = SendVideo.builder().chatId(chat).video(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case ANIMATION -> {
        SendAnimation r = SendAnimation.builder().chatId(chat).animation(file).caption(caption).parseMode(parseMode)
            .messageThreadId(thread).replyParameters(reply).replyMarkup(keyboard).disableNotification(silent)
            .protectContent(protect).build();
        yield new MediaRequest(r.getMethod(), () -> client.execute(r));
      }
      case TEXT -> throw new IllegalArgumentException("a text is sent with Send, not SendMedia");
    };
  }

  private CompletableFuture<ActionResult> edit(ChatAction.Edit e) {
    EditMessageText.EditMessageTextBuilder<?, ?> request = EditMessageText.builder()
        .chatId(e.chat().value())
        .messageId(e.message().value())
        .text(e.html())
        .parseMode(HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
    // Leaving reply_markup out of an edit removes the keyboard, which is what Keyboard.NONE asks for.
    if (e.keyboard() != null && !e.keyboard().isEmpty()) {
      request.replyMarkup(markup(e.keyboard()));
    }
    return api.later(CallCategory.MESSAGE, e.chat(), request.build()).thenApply(edited -> {
      if (!edited.ok() && edited.refusal() != null
          && edited.refusal().reason() == RefusalReason.MESSAGE_NOT_MODIFIED) {
        return new ActionResult.Done(); // the message already reads as asked
      }
      return edited.ok() ? new ActionResult.Done() : refused(edited);
    });
  }

  /**
   * One id: deleteMessage, where "already gone" counts as done. More: deleteMessages in batches of 100, which skips
   * messages that are gone or cannot be deleted and fails only for a chat-wide reason (rights, not in the chat); every
   * batch is tried, and the first refusal is reported.
   */
  private CompletableFuture<ActionResult> delete(ChatId chat, List<MessageId> messages) {
    if (messages.isEmpty()) {
      return CompletableFuture.completedFuture(new ActionResult.Done());
    }
    if (messages.size() == 1) {
      return api.later(CallCategory.NON_MESSAGE, chat,
          DeleteMessage.builder().chatId(chat.value()).messageId(messages.get(0).value()).build())
          .thenApply(deleted -> deleted.ok() || (deleted.refusal() != null
              && deleted.refusal().reason() == RefusalReason.MESSAGE_TO_DELETE_NOT_FOUND)
              ? new ActionResult.Done() : refused(deleted));
    }
    List<Integer> ids = messages.stream().map(MessageId::value).distinct().toList();
    CompletableFuture<ActionResult> first = CompletableFuture.completedFuture(new ActionResult.Done());
    for (int from = 0; from < ids.size(); from += DELETE_BATCH) {
      List<Integer> batch = ids.subList(from, Math.min(ids.size(), from + DELETE_BATCH));
      // one batch after the other; the first refusal is the one reported
      first = first.thenCompose(sofar -> api.later(CallCategory.NON_MESSAGE, chat,
          DeleteMessages.builder().chatId(chat.value()).messageIds(batch).build())
          .thenApply(deleted -> !deleted.ok() && sofar.succeeded() ? refused(deleted) : sofar));
    }
    return first;
  }

  private static PromoteChatMember promote(ChatId chat, long user, AdminRights rights) {
    // All false demotes. can_manage_chat comes with any admin right, as Telegram implies it anyway.
    return PromoteChatMember.builder()
        .chatId(chat.value())
        .userId(user)
        .isAnonymous(rights.anonymous())
        .canManageChat(!rights.rights().isEmpty())
        .canDeleteMessages(rights.has(Right.DELETE_MESSAGES))
        .canRestrictMembers(rights.has(Right.RESTRICT_MEMBERS))
        .canPromoteMembers(rights.has(Right.PROMOTE_MEMBERS))
        .canChangeInformation(rights.has(Right.CHANGE_INFO))
        .canInviteUsers(rights.has(Right.INVITE_USERS))
        .canPinMessages(rights.has(Right.PIN_MESSAGES))
        .canManageVideoChats(false)
        .build();
  }

  /** The domain's keyboard as Telegram's inline keyboard. */
  static InlineKeyboardMarkup markup(Keyboard keyboard) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Button> row : keyboard.rows()) {
      InlineKeyboardRow telegramRow = new InlineKeyboardRow();
      for (Button button : row) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> b = InlineKeyboardButton.builder().text(button.text());
        if (button instanceof Button.Url url) {
          b.url(url.url());
        } else if (button instanceof Button.Callback callback) {
          b.callbackData(callback.data());
        }
        telegramRow.add(b.build());
      }
      rows.add(telegramRow);
    }
    return new InlineKeyboardMarkup(rows);
  }

  /** Bot API {@code until_date}: Unix seconds; absent means for good. */
  private static Integer until(Optional<Instant> until) {
    return until.map(t -> (int) Math.min(Integer.MAX_VALUE, Math.max(0, t.getEpochSecond()))).orElse(null);
  }

  private <T extends Serializable> CompletableFuture<ActionResult> done(ChatId chat, BotApiMethod<T> method) {
    return api.later(CallCategory.NON_MESSAGE, chat, method)
        .thenApply(outcome -> outcome.ok() ? new ActionResult.Done() : refused(outcome));
  }

  private static ActionResult refused(BotApiGateway.Outcome<?> outcome) {
    if (outcome.refusal() != null) {
      String detail = outcome.refusal().description();
      if (outcome.refusal().migrateToChatId().isPresent()) {
        detail = detail + " (migrated to " + outcome.refusal().migrateToChatId().getAsLong() + ")";
      }
      return new ActionResult.Refused(Refusals.of(outcome.refusal().reason()), detail == null ? "" : detail);
    }
    return new ActionResult.Refused(ActionResult.Refusal.OTHER, outcome.failure());
  }
}
