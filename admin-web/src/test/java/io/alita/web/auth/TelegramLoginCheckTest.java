package io.alita.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.console.Person;
import io.alita.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The Login Widget's data is accepted only as Telegram signed it, for this bot, within ten minutes. */
class TelegramLoginCheckTest {

  static final String TOKEN = "7000000001:AAFakeTokenForAlitaTests_0123456789abcd";
  static final Instant SIGNED_AT = Instant.ofEpochSecond(1_795_680_000L);

  static TelegramLoginCheck checkAt(Instant now) {
    return new TelegramLoginCheck(TOKEN, Clock.fixed(now, ZoneOffset.UTC));
  }

  /** Signs {@code fields} the way Telegram does (written from the documentation, apart from the class under test). */
  static Map<String, List<String>> signed(Map<String, String> fields, String token) throws Exception {
    StringBuilder check = new StringBuilder();
    new TreeMap<>(fields).forEach((k, v) -> check.append(check.length() == 0 ? "" : "\n").append(k).append('=')
        .append(v));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)),
        "HmacSHA256"));
    Map<String, List<String>> query = new LinkedHashMap<>();
    fields.forEach((k, v) -> query.put(k, List.of(v)));
    query.put("hash", List.of(HexFormat.of().formatHex(mac.doFinal(check.toString().getBytes(StandardCharsets.UTF_8)))));
    return query;
  }

  static Map<String, String> ann(Instant signedAt) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", "501");
    fields.put("first_name", "Ann");
    fields.put("last_name", "Admin");
    fields.put("username", "ann_admin");
    fields.put("auth_date", Long.toString(signedAt.getEpochSecond()));
    return fields;
  }

  @Test
  void dataSignedAsTheDocumentationSaysNamesThePerson() {
    // The hash was computed outside Java (Python's hmac) from the documented data-check-string:
    // "auth_date=1795680000\nfirst_name=Ann\nid=501\nlast_name=Admin\nusername=ann_admin"
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("id", List.of("501"));
    query.put("first_name", List.of("Ann"));
    query.put("last_name", List.of("Admin"));
    query.put("username", List.of("ann_admin"));
    query.put("auth_date", List.of("1795680000"));
    query.put("hash", List.of("ae3955a836b5920b66a48851cdbaa778c4569aae3fefdf34579db1fa9500e02c"));

    TelegramLoginCheck.Outcome outcome = checkAt(SIGNED_AT.plusSeconds(5)).check(query);

    assertEquals(Optional.of(new Person(UserId.of(501), "Ann Admin (@ann_admin)")), outcome.person());
    assertEquals("ae3955a836b5920b66a48851cdbaa778c4569aae3fefdf34579db1fa9500e02c", outcome.proof());
    assertEquals(SIGNED_AT.plus(TelegramLoginCheck.MAX_AGE), outcome.usableUntil());
    assertEquals(Optional.empty(), outcome.refusal());
  }

  @Test
  void everyFieldTelegramSendsIsSignedIncludingOnesThisCodeDoesNotUse() throws Exception {
    Map<String, String> fields = ann(SIGNED_AT);
    fields.put("photo_url", "https://t.me/i/userpic/320/ann.jpg");
    fields.remove("last_name");

    TelegramLoginCheck.Outcome outcome = checkAt(SIGNED_AT).check(signed(fields, TOKEN));

    assertEquals("Ann (@ann_admin)", outcome.person().orElseThrow().name());
  }

  @Test
  void aChangedFieldBreaksTheSignature() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), TOKEN);
    query.put("id", List.of("500"));

    assertRefused(TelegramLoginCheck.Refusal.NOT_SIGNED, checkAt(SIGNED_AT).check(query));
  }

  @Test
  void anAddedFieldBreaksTheSignature() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), TOKEN);
    query.put("next", List.of("/chats"));

    assertRefused(TelegramLoginCheck.Refusal.NOT_SIGNED, checkAt(SIGNED_AT).check(query));
  }

  @Test
  void dataSignedForAnotherBotIsRefused() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), "7000000002:AAAnotherBotsTokenEntirely_0123456789");

    assertRefused(TelegramLoginCheck.Refusal.NOT_SIGNED, checkAt(SIGNED_AT).check(query));
  }

  @Test
  void missingRepeatedOrMalformedFieldsAreRefused() throws Exception {
    Map<String, List<String>> noHash = signed(ann(SIGNED_AT), TOKEN);
    noHash.remove("hash");
    Map<String, List<String>> twice = signed(ann(SIGNED_AT), TOKEN);
    twice.put("id", List.of("501", "500"));
    Map<String, List<String>> shortHash = signed(ann(SIGNED_AT), TOKEN);
    shortHash.put("hash", List.of("ae3955a8"));
    Map<String, String> noId = ann(SIGNED_AT);
    noId.remove("id");
    Map<String, String> textId = ann(SIGNED_AT);
    textId.put("id", "501 OR 1=1");

    for (Map<String, List<String>> query : List.of(noHash, twice, shortHash, signed(noId, TOKEN),
        signed(textId, TOKEN), Map.<String, List<String>>of())) {
      assertRefused(TelegramLoginCheck.Refusal.NOT_SIGNED, checkAt(SIGNED_AT).check(query));
    }
  }

  @Test
  void theHashMayComeInCapitals() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), TOKEN);
    query.put("hash", List.of(query.get("hash").get(0).toUpperCase()));

    assertTrue(checkAt(SIGNED_AT).check(query).person().isPresent());
  }

  @Test
  void dataIsAcceptedForTenMinutesAfterTelegramSignedIt() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), TOKEN);
    Duration justInside = TelegramLoginCheck.MAX_AGE.minusSeconds(1);

    assertTrue(checkAt(SIGNED_AT.plus(justInside)).check(query).person().isPresent());
    assertRefused(TelegramLoginCheck.Refusal.TOO_OLD, checkAt(SIGNED_AT.plus(TelegramLoginCheck.MAX_AGE)).check(query));
    assertRefused(TelegramLoginCheck.Refusal.TOO_OLD, checkAt(SIGNED_AT.plus(Duration.ofDays(1))).check(query));
  }

  @Test
  void aSignatureFromTheFutureIsAcceptedOnlyWithinAMinuteOfClockSkew() throws Exception {
    Map<String, List<String>> query = signed(ann(SIGNED_AT), TOKEN);

    assertTrue(checkAt(SIGNED_AT.minusSeconds(30)).check(query).person().isPresent());
    assertRefused(TelegramLoginCheck.Refusal.TOO_OLD, checkAt(SIGNED_AT.minus(Duration.ofMinutes(5))).check(query));
  }

  @Test
  void theCheckNeverPrintsTheKey() {
    assertEquals("TelegramLoginCheck[key=***]", checkAt(SIGNED_AT).toString());
  }

  private static void assertRefused(TelegramLoginCheck.Refusal why, TelegramLoginCheck.Outcome outcome) {
    assertEquals(Optional.of(why), outcome.refusal());
    assertEquals(Optional.empty(), outcome.person());
  }
}
