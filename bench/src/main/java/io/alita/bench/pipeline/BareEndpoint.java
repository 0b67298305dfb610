package io.alita.bench.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bare endpoint the worker is compared with: the worker's server stack (Javalin, Jetty) and the worker's Update
 * parsing (Jackson into TelegramBots' {@code Update}, unknown fields tolerated), the same secret check, then 200 and
 * nothing else. Run as a child process with the worker's JVM flags: {@code BareEndpoint <port> <secret>}.
 */
public final class BareEndpoint {

  private BareEndpoint() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    String secret = args[1];
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.routes.post("/webhook", ctx -> {
        if (!secret.equals(ctx.header("X-Telegram-Bot-Api-Secret-Token"))) {
          ctx.status(401);
          return;
        }
        Update update = json.readValue(ctx.bodyAsBytes(), Update.class);
        ctx.status(update == null || update.getUpdateId() == null ? 400 : 200);
      });
      cfg.routes.get("/health", ctx -> ctx.result("ok"));
    });
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    app.start("127.0.0.1", port);
    System.out.println("bare endpoint listening on " + port);
  }
}
