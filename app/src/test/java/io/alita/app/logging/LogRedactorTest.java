package io.alita.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogRedactorTest {

  @BeforeEach
  @AfterEach
  void forget() {
    Secrets.forgetAll();
  }

  @Test
  void registeredSecretIsMaskedWhereverItAppears() {
    Secrets.register("hook_secret_42");
    assertEquals("header was *** (expected ***)", LogRedactor.redact("header was hook_secret_42 (expected hook_secret_42)"));
  }

  @Test
  void consoleLoginLinksAndSessionCookiesAreMasked() {
    assertEquals("open https://console.example/login/link/*** now",
        LogRedactor.redact("open https://console.example/login/link/Ab3_-xYz0123456789abcdefghijklmnopqrstuvwxy now"));
    assertEquals("Cookie: alita_session=***; other=1",
        LogRedactor.redact("Cookie: alita_session=Ab3_-xYz0123456789abcdefghijk; other=1"));
  }

  @Test
  void valuesShorterThanFourCharactersAreNotRegistered() {
    Secrets.register("abc");
    Secrets.register(null);
    assertEquals("abc abcd", LogRedactor.redact("abc abcd"));
  }

  @Test
  void registeredPasswordIsAlsoMaskedInItsUrlEncodedForm() {
    Secrets.register("p@ss word");
    assertEquals("user=alita pw=*** form=*** url=***",
        LogRedactor.redact("user=alita pw=p@ss word form=p%40ss+word url=p%40ss%20word"));
  }

  @Test
  void longerSecretIsMaskedWholeEvenWhenItContainsAShorterOne() {
    Secrets.register("secret");
    Secrets.register("secret-and-more");
    assertEquals("*** / ***", LogRedactor.redact("secret-and-more / secret"));
  }

  @Test
  void passwordInAConnectionUrlIsMaskedWithoutRegistration() {
    assertEquals("connecting to postgres://alita:***@db:5432/alita?sslmode=disable",
        LogRedactor.redact("connecting to postgres://alita:hunter2@db:5432/alita?sslmode=disable"));
    assertEquals("postgresql://alita:***@postgres/alita and redis://:***@redis:6379/1",
        LogRedactor.redact("postgresql://alita:p@ss@postgres/alita and redis://:r3dis@redis:6379/1"));
  }

  @Test
  void aRegisteredSecretThatIsAlsoASchemeNameDoesNotHideAnotherUrlsPassword() {
    Secrets.register("postgres");
    assertEquals("connecting to ***://alita:***@db:5432/alita",
        LogRedactor.redact("connecting to postgres://alita:hunter2@db:5432/alita"));
  }

  @Test
  void urlWithoutCredentialsIsLeftAlone() {
    String text = "GET https://api.telegram.org:443/status and jdbc:postgresql://db:5432/alita";
    assertEquals(text, LogRedactor.redact(text));
  }

  @Test
  void botTokensAreMaskedAlsoInsideBotApiPaths() {
    assertEquals("token *** rejected", LogRedactor.redact("token 1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1 rejected"));
    assertEquals("POST https://api.telegram.org/bot***/getUpdates failed",
        LogRedactor.redact("POST https://api.telegram.org/bot1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/getUpdates failed"));
  }

  @Test
  void passwordParametersAreMasked() {
    assertEquals("jdbc:postgresql://db/alita?user=alita&password=***&sslmode=require",
        LogRedactor.redact("jdbc:postgresql://db/alita?user=alita&password=hunter2&sslmode=require"));
    assertEquals("host=db user=alita password=*** dbname=alita",
        LogRedactor.redact("host=db user=alita password='hunter 2' dbname=alita"));
    assertEquals("PGPASSWORD=***", LogRedactor.redact("PGPASSWORD=hunter2"));
  }

  @Test
  void ordinaryTextAndNullPassThrough() {
    assertEquals("Warned user 42 in chat -100123: 2/3", LogRedactor.redact("Warned user 42 in chat -100123: 2/3"));
    assertNull(LogRedactor.redact(null));
  }
}
