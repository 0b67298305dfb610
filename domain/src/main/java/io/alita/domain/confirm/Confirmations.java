package io.alita.domain.confirm;

import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The bot's one Yes/No dialog, for every question that guards something that cannot be undone ({@code /resetallwarns},
 * {@code /remallbl}, {@code /unapproveall}, overwriting a note...). Modules make their dialogs here
 * ({@link #dialog}); each is answered once, by whoever its gate admits, within {@link #LIFETIME}. The questions are
 * stored ({@link ConfirmationStore}), so a restart loses none, and whatever the Yes needs rides in the store, never in
 * the button.
 *
 * <p>Itself a module without commands: it registers its dialogs' buttons and forgets expired questions hourly.
 */
public final class Confirmations implements BotModule {

  /** How long a question waits for its answer. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);
  static final MessageKey EXPIRED = MessageKey.of("confirm.expired");
  static final MessageKey USED = MessageKey.of("confirm.used");

  private final ConfirmationStore store;
  private final Clock clock;
  private final RandomGenerator random;
  private final List<ConfirmDialog> dialogs = new ArrayList<>();

  /** @param random a {@link java.security.SecureRandom} in production: tokens must not be guessable */
  public Confirmations(ConfirmationStore store, Clock clock, RandomGenerator random) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A new dialog. Call it while building the module that asks; its buttons are registered with this module's.
   *
   * @param namespace the dialog's own button namespace (e.g. {@code cf_warns})
   * @param gate who may answer, checked in the chat like a command's gate (e.g. the chat's creator)
   * @param labels the texts of its buttons and of its cancellation
   * @param onYes what a Yes does
   */
  public ConfirmDialog dialog(CallbackNamespace namespace, Gate gate, ConfirmDialog.Labels labels, ConfirmHandler onYes) {
    ConfirmDialog d = new ConfirmDialog(namespace, gate, labels, onYes, this);
    if (dialogs.stream().anyMatch(x -> x.namespace().equals(namespace))) {
      throw new IllegalStateException("two dialogs use " + namespace);
    }
    dialogs.add(d);
    return d;
  }

  @Override
  public String name() {
    return "Confirmations";
  }

  @Override
  public void register(Registry registry) {
    for (ConfirmDialog d : dialogs) {
      registry.connectableButton(d.namespace(), d.gate(), d::pressed);
    }
    registry.every(Duration.ofHours(1), timers -> store.forgetExpired(clock.instant()));
  }

  ConfirmationStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  /** 96 random bits, URL-safe: 16 characters of callback data. */
  String newToken() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
