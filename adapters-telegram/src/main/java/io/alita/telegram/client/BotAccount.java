package io.alita.telegram.client;

import io.alita.domain.model.UserId;
import io.alita.domain.permission.BotIdentity;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's own account at the Bot API: who it is ({@code getMe}) and its command menu. What the worker asks Telegram
 * about itself at startup, in Telegram's terms, so the worker itself speaks only of the bot.
 */
public final class BotAccount {

  private static final Logger log = LoggerFactory.getLogger(BotAccount.class);

  /** Signing in failed; the message names the variable to fix and how. */
  public static final class SignInFailed extends Exception {
    private static final long serialVersionUID = 1L;

    SignInFailed(String message) {
      super(message, null, false, false);
    }
  }

  private final TelegramClient client;
  private final URI apiServer;

  public BotAccount(TelegramClient client, URI apiServer) {
    this.client = Objects.requireNonNull(client, "client");
    this.apiServer = Objects.requireNonNull(apiServer, "apiServer");
  }

  /**
   * Asks the Bot API who the bot is.
   *
   * @throws SignInFailed the token was refused ({@code BOT_TOKEN}) or the server gave no answer ({@code API_SERVER})
   */
  public BotIdentity signIn() throws SignInFailed {
    User me;
    try {
      me = client.execute(new GetMe());
    } catch (TelegramApiRequestException e) {
      if (Integer.valueOf(401).equals(e.getErrorCode()) || Integer.valueOf(404).equals(e.getErrorCode())) {
        throw new SignInFailed("BOT_TOKEN: the Bot API at " + apiServer + " refused the token ("
            + e.getErrorCode() + "); copy it again from @BotFather");
      }
      throw new SignInFailed("API_SERVER: " + apiServer + " answered getMe with an error: " + e.getMessage());
    } catch (TelegramApiException e) {
      throw new SignInFailed("API_SERVER: cannot reach the Bot API at " + apiServer + " (" + e.getMessage()
          + "); check the address and the network");
    }
    log.info("Signed in to {} as @{} (id {})", apiServer, me.getUserName(), me.getId());
    return new BotIdentity(UserId.of(me.getId()), me.getUserName());
  }

  /**
   * Sets the menu of commands users see in private chats ({@code command -> description}, in order), in English. A
   * refusal is logged: the bot works without a menu.
   */
  public void setPrivateMenu(Map<String, String> commands) {
    List<BotCommand> menu = commands.entrySet().stream().map(e -> new BotCommand(e.getKey(), e.getValue())).toList();
    try {
      client.execute(SetMyCommands.builder().commands(menu).scope(new BotCommandScopeAllPrivateChats())
          .languageCode("en").build());
    } catch (TelegramApiException e) {
      log.warn("Could not set the bot's command menu: {}", e.getMessage());
    }
  }
}
