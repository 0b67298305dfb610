package io.alita.postgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  private final ConnectionSettings settings =
      ConnectionSettings.of("db.example.com", 5432, "alita", "alita", "hunter2-secret", SslMode.REQUIRE);

  @Test
  void jdbcUrlCarriesSslmodeTimeoutAndApplicationNameButNoCredentials() {
    assertEquals("jdbc:postgresql://db.example.com:5432/alita?sslmode=require&connectTimeout=10&ApplicationName=alita",
        settings.jdbcUrl());
  }

  @Test
  void jdbcUrlEncodesTheDatabaseNameAndBracketsIpv6() {
    ConnectionSettings s = new ConnectionSettings("::1", 6543, "my db/x", "u", "", SslMode.PREFER,
        Duration.ZERO, "alita worker");
    assertEquals("jdbc:postgresql://[::1]:6543/my%20db%2Fx?sslmode=prefer&connectTimeout=0&ApplicationName=alita%20worker",
        s.jdbcUrl());
  }

  @Test
  void toStringAndRedactedHideThePassword() {
    assertEquals("postgres://alita:***@db.example.com:5432/alita?sslmode=require", settings.redacted());
    assertEquals(settings.redacted(), settings.toString());
    assertFalse(settings.toString().contains("hunter2"));
  }

  @Test
  void redactedLeavesOutDefaultsAndShowsNoColonWithoutPassword() {
    ConnectionSettings s = ConnectionSettings.of("db", 5432, "alita", "alita", "", SslMode.PREFER);
    assertEquals("postgres://alita@db:5432/alita", s.redacted());
  }

  @Test
  void withersChangeOnlyTheirComponent() {
    ConnectionSettings other = settings.withPort(1).withDatabase("x").withCredentials("bob", "pw").withSslMode(SslMode.DISABLE);
    assertEquals(ConnectionSettings.of("db.example.com", 1, "x", "bob", "pw", SslMode.DISABLE), other);
  }

  @Test
  void invalidComponentsAreRefusedWithoutMentioningThePassword() {
    IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
        () -> ConnectionSettings.of("h", 70000, "d", "u", "hunter2-secret", SslMode.PREFER));
    assertEquals("port 70000 is not a number from 1 to 65535", port.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.of(" ", 1, "d", "u", "p", SslMode.PREFER));
    assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.of("h", 1, "", "u", "p", SslMode.PREFER));
    assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.of("h", 1, "d", "", "p", SslMode.PREFER));
    assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings("h", 1, "d", "u", "p", SslMode.PREFER,
        Duration.ofMillis(1500), "alita"));
    assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings("h", 1, "d", "u", "p", SslMode.PREFER,
        Duration.ofSeconds(10), "x".repeat(64)));
  }
}
