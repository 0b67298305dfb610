package io.alita.domain.console;

import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;

/**
 * {@code /console} in a private chat: a one-time link that signs the sender in to the web console. The link works
 * once, for {@link ConsoleLogin#LINK_LIFETIME}; what the sender may do there is decided when it is used.
 */
public final class ConsoleLinkModule implements BotModule {

  public static final String NAME = "Console";

  static final MessageKey LINK = MessageKey.of("console.link");

  private final ConsoleLogin login;
  private final String consoleUrl;

  /** @param consoleUrl the console's public address, without a trailing slash */
  public ConsoleLinkModule(ConsoleLogin login, String consoleUrl) {
    this.login = Objects.requireNonNull(login, "login");
    this.consoleUrl = Objects.requireNonNull(consoleUrl, "consoleUrl");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("console", Gate.ANYONE.then(new Requirement.InPrivate()), this::link));
  }

  private void link(CommandContext ctx) {
    SeenUser sender = ctx.actor();
    OpaqueToken token = ctx.write(() -> login.issueLink(new Person(sender.id(), displayName(sender))));
    ctx.reply(LINK, "url", consoleUrl + "/login/link/" + token.value(),
        "minutes", ConsoleLogin.LINK_LIFETIME.toMinutes());
  }

  private static String displayName(SeenUser user) {
    return user.username() == null ? user.fullName() : user.fullName() + " (@" + user.username() + ")";
  }
}
