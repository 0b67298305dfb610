package io.alita.app.console;

import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Asks the bot for a console sign-in link the way a person does: {@code /console} in a private chat. Leaves the fake
 * API's recorded calls alone (a test may still be asserting on them) and never returns a link answered earlier.
 */
public final class LoginLinks {

  public static final Pattern LINK = Pattern.compile("https?://\\S+/login/link/[A-Za-z0-9_-]{43}");

  private LoginLinks() {}

  /** Sends {@code /console} from {@code user} and returns the link the bot answered with. */
  public static String request(FakeBotApi api, FakeUser user, Duration wait) {
    Set<String> earlier = api.calls("sendmessage").stream()
        .map(LoginLinks::link).flatMap(Optional::stream).collect(Collectors.toSet());
    api.updates().command(FakeChat.privateWith(user), user, "/console");
    ApiCall reply = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == user.id()
        && link(c).filter(l -> !earlier.contains(l)).isPresent(), wait);
    return link(reply).orElseThrow();
  }

  private static Optional<String> link(ApiCall call) {
    String text = call.has("text") ? call.param("text") : "";
    Matcher m = LINK.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
