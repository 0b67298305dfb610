package io.alita.domain.greetings;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.captcha.VerifiedListener;
import io.alita.domain.content.ContentSender;
import io.alita.domain.dispatch.HandlingContext;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a chat's welcome or goodbye to one member, as the chat's settings (cached per chat: every join reads them)
 * say: nothing when it is off; the stored reply with the member's fillings and the chat's buttons; and, with
 * cleanwelcome or cleangoodbye, the previous one deleted once the new one is out. Also captcha's
 * {@link VerifiedListener}: a member who had to solve a captcha is welcomed when they solved it.
 */
public final class Greeter implements VerifiedListener {

  private final GreetingsStore store;
  private final ContentSender sender;
  private final PerChatCache<GreetingsSettings> settings;

  public Greeter(GreetingsStore store, ContentSender sender) {
    this.store = Objects.requireNonNull(store, "store");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.settings = new PerChatCache<>(store::settings);
  }

  /** The chat's settings, as cached. */
  public GreetingsSettings settings(ChatId chat) {
    return settings.get(chat);
  }

  /** The cache, for the module to declare and for writers to invalidate. */
  PerChatCache<GreetingsSettings> cache() {
    return settings;
  }

  /**
   * Greets {@code member} in {@code chat} when that greeting is on. The event is claimed, so that a redelivered update
   * greets nobody twice.
   *
   * @param thread the forum topic the member's service message came from, if any
   */
  public void greet(HandlingContext ctx, GreetingKind kind, SeenChat chat, SeenUser member, Optional<Integer> thread) {
    Greeting greeting = settings.get(chat.id()).greeting(kind);
    if (!greeting.enabled() || greeting.content().isBlank()) {
      return;
    }
    ctx.claimOnce();
    ChatAction action = sender.action(greeting.content(),
        ContentSender.Send.to(chat.id(), chat.title(), member).inThread(thread));
    if (!greeting.cleanOld()) {
      ctx.act(action);
      return;
    }
    Effects effects = ctx.effects();
    effects.add(action, result -> {
      if (result instanceof ActionResult.Sent sent) {
        // Bookkeeping after the send (no notice, no audit): the previous greeting goes once the new one is out.
        Optional<MessageId> previous = store.swapLastMessage(chat.id(), kind, sent.message());
        previous.filter(p -> !p.equals(sent.message()))
            .ifPresent(p -> effects.add(ChatAction.Delete.one(chat.id(), p)));
      }
    });
  }

  @Override
  public void verified(SeenChat chat, SeenUser member, HandlingContext ctx) {
    greet(ctx, GreetingKind.WELCOME, chat, member, Optional.empty());
  }
}
