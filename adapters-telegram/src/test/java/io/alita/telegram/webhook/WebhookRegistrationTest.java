package io.alita.telegram.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.update.AllowedUpdates;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

class WebhookRegistrationTest {

  @Test
  void registersTheStaticPathWithSecretAllowedUpdatesAndDropFlag() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      WebhookRegistration.registerWebhook(new OkHttpTelegramClient(api.token(), api.telegramUrl()),
          URI.create("https://bot.example.org/"), "s3cret_Token", true);

      ApiCall call = api.awaitCall("setwebhook", Duration.ofSeconds(5));
      assertEquals("https://bot.example.org/webhook", call.param("url"));
      assertEquals("s3cret_Token", call.param("secret_token"));
      assertEquals("true", call.param("drop_pending_updates"));
      List<String> allowed = new ArrayList<>();
      for (JsonNode type : call.json("allowed_updates")) {
        allowed.add(type.asText());
      }
      assertEquals(AllowedUpdates.TYPES, allowed);
    }
  }

  @Test
  void aDomainWithoutSchemeIsRefusedWithAnActionableMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WebhookRegistration.request(URI.create("bot.example.org"), "s3cret", false));
    assertEquals("WEBHOOK_DOMAIN: expected an https:// address, got 'bot.example.org'", e.getMessage());
  }
}
