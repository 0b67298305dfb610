package io.alita.postgres.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

  private static final String USE = "; use postgres://username:password@host:port/database?sslmode=disable";

  @Test
  void localDevelopmentExampleFromTheSeedParses() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://postgres:password@localhost:5432/alita_robot?sslmode=disable");
    assertAll(
        () -> assertEquals("localhost", s.host()),
        () -> assertEquals(5432, s.port()),
        () -> assertEquals("alita_robot", s.database()),
        () -> assertEquals("postgres", s.user()),
        () -> assertEquals("password", s.password()),
        () -> assertEquals(SslMode.DISABLE, s.sslMode()),
        () -> assertEquals(Duration.ofSeconds(10), s.connectTimeout()),
        () -> assertEquals("alita", s.applicationName()));
  }

  @Test
  void dockerComposeExampleWithPostgresqlSchemeAndNoSslmodeMeansPrefer() {
    ConnectionSettings s = DatabaseUrl.parse("postgresql://alita:alita@postgres:5432/alita");
    assertEquals(new ConnectionSettings("postgres", 5432, "alita", "alita", "alita", SslMode.PREFER,
        Duration.ofSeconds(10), "alita"), s);
  }

  @Test
  void productionExampleRequiresSsl() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://user:pass@db.example.com:5432/alita?sslmode=require");
    assertEquals("db.example.com", s.host());
    assertEquals(SslMode.REQUIRE, s.sslMode());
  }

  @ParameterizedTest
  @CsvSource({"disable,DISABLE", "require,REQUIRE", "verify-ca,VERIFY_CA", "verify-full,VERIFY_FULL", "Require,REQUIRE"})
  void everyDocumentedSslmodeIsAccepted(String value, SslMode expected) {
    assertEquals(expected, DatabaseUrl.parse("postgres://u:p@h/d?sslmode=" + value).sslMode());
  }

  @Test
  void portDefaultsTo5432() {
    assertEquals(5432, DatabaseUrl.parse("postgres://u:p@db/alita").port());
  }

  @Test
  void percentEncodedUserPasswordAndDatabaseAreDecoded() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://al%69ta:p%40ss%3Aw%2Fo%23rd%C3%A9@db:6543/my%20db");
    assertEquals("alita", s.user());
    assertEquals("p@ss:w/o#rdé", s.password());
    assertEquals("my db", s.database());
    assertEquals(6543, s.port());
  }

  @Test
  void plusInThePasswordIsALiteralPlus() {
    assertEquals("a+b", DatabaseUrl.parse("postgres://u:a+b@h/d").password());
  }

  @Test
  void unencodedAtSignInPasswordIsReadUpToTheLastAtSignAsGoDoes() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://u:p@ss@host/d");
    assertEquals("p@ss", s.password());
    assertEquals("host", s.host());
  }

  @Test
  void userWithoutPasswordHasAnEmptyPassword() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://alita@db/alita");
    assertEquals("alita", s.user());
    assertEquals("", s.password());
  }

  @Test
  void ipv6HostInBracketsWithAndWithoutPort() {
    ConnectionSettings withPort = DatabaseUrl.parse("postgres://u:p@[::1]:6543/d");
    assertEquals("::1", withPort.host());
    assertEquals(6543, withPort.port());
    ConnectionSettings withoutPort = DatabaseUrl.parse("postgres://u:p@[2001:db8::7]/d");
    assertEquals("2001:db8::7", withoutPort.host());
    assertEquals(5432, withoutPort.port());
  }

  @Test
  void ipv4HostParses() {
    assertEquals("10.0.0.5", DatabaseUrl.parse("postgres://u:p@10.0.0.5:5433/d").host());
  }

  @Test
  void connectTimeoutAndApplicationNameAreSupported() {
    ConnectionSettings s = DatabaseUrl.parse("postgres://u:p@h/d?connect_timeout=3&application_name=alita+worker&sslmode=disable");
    assertEquals(Duration.ofSeconds(3), s.connectTimeout());
    assertEquals("alita worker", s.applicationName());
    assertEquals(SslMode.DISABLE, s.sslMode());
  }

  @Test
  void schemeIsCaseInsensitiveAndSurroundingWhitespaceIsIgnored() {
    assertEquals("h", DatabaseUrl.parse("  POSTGRES://u:p@h/d \n").host());
  }

  @Test
  void trailingAmpersandIsHarmless() {
    assertEquals(SslMode.REQUIRE, DatabaseUrl.parse("postgres://u:p@h/d?sslmode=require&").sslMode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                                            | is empty" + USE,
      "\"   \"                                         | is empty" + USE,
      "mysql://u:s3cr3tPW@h/d                          | scheme 'mysql' is not supported; use postgres:// or postgresql://, e.g. postgres://username:password@host:port/database?sslmode=disable",
      "u:s3cr3tPW@h/d                                  | does not start with postgres:// or postgresql://" + USE,
      "postgres:/u:s3cr3tPW@h/d                        | does not start with postgres:// or postgresql://" + USE,
      "postgres://u:s3cr3t PW@h/d                      | contains a space or control character; percent-encode it (a space is %20)" + USE,
      "postgres://u:s3cr#3tPW@h/d                      | contains '#'; if it is part of the password, percent-encode it as %23",
      "postgres://u:s3cr/3tPW@h/d                      | the user name or password seems to contain '/' or '?'; percent-encode them as %2F and %3F",
      "postgres://h/d                                  | has no user name" + USE,
      "postgres://:s3cr3tPW@h/d                        | has no user name" + USE,
      "postgres://u:s3cr3tPW@/d                        | has no host" + USE,
      "postgres://u:s3cr3tPW@:5432/d                   | has no host" + USE,
      "postgres://u:s3cr3tPW@h                         | has no database name" + USE,
      "postgres://u:s3cr3tPW@h/                        | has no database name" + USE,
      "postgres://u:s3cr3tPW@h?sslmode=disable         | has no database name" + USE,
      "postgres://u:s3cr3tPW@h/a/b                     | database name 'a/b' contains '/'; give a single name, as in postgres://username:password@host:port/database?sslmode=disable",
      "postgres://u:s3cr3tPW@h:0/d                     | port '0' is not a number from 1 to 65535",
      "postgres://u:s3cr3tPW@h:65536/d                 | port '65536' is not a number from 1 to 65535",
      "postgres://u:s3cr3tPW@h:99999999999999999999/d  | port '99999999999999999999' is not a number from 1 to 65535",
      "postgres://u:s3cr3tPW@h:54x/d                   | port '54x' is not a number from 1 to 65535",
      "postgres://u:s3cr3tPW@h:/d                      | port is empty; give a number from 1 to 65535 or leave out the ':' for 5432",
      "postgres://u:s3cr3tPW@h1,h2/d                   | lists several hosts ('h1,h2'); only one host is supported",
      "postgres://u:s3cr3tPW@::1/d                     | IPv6 host '::1' must be in brackets, e.g. [::1]:5432",
      "postgres://u:s3cr3tPW@[::1/d                    | IPv6 host '[::1' has no closing ']'; write it as [::1]:5432",
      "postgres://u:s3cr3tPW@[zz]/d                    | host '[zz]' is not a valid IPv6 address",
      "postgres://u:s3cr3tPW@[::1]x/d                  | unexpected 'x' after the IPv6 host; write it as [::1]:5432",
      "postgres://u:s3cr3tPW@ho$t/d                    | host 'ho$t' is not a valid host name or IP address",
      "postgres://u:s3cr3t%ZZPW@h/d                    | password has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
      "postgres://u:s3cr3tPW%4@h/d                     | password has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
      "postgres://u:s3cr3tPW%FF@h/d                    | password has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
      "postgres://u%G1:s3cr3tPW@h/d                    | user name has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
      "postgres://u:s3cr3tPW@h/d%2                     | database name has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
      "postgres://u:s3cr3tPW@h/d?sslmode=verify        | unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full",
      "postgres://u:s3cr3tPW@h/d?sslmode=prefer        | unsupported sslmode 'prefer'; use disable, require, verify-ca or verify-full",
      "postgres://u:s3cr3tPW@h/d?sslmode=              | unsupported sslmode ''; use disable, require, verify-ca or verify-full",
      "postgres://u:s3cr3tPW@h/d?sslmode               | parameter 'sslmode' has no value; write it as sslmode=value",
      "postgres://u:s3cr3tPW@h/d?sslmode=disable&sslmode=require | parameter 'sslmode' is given more than once",
      "postgres://u:s3cr3tPW@h/d?pool_max_conns=10     | unknown parameter 'pool_max_conns'; supported parameters are sslmode, connect_timeout and application_name",
      "postgres://u:s3cr3tPW@h/d?connect_timeout=abc   | connect_timeout 'abc' is not a whole number of seconds from 0 to 3600",
      "postgres://u:s3cr3tPW@h/d?connect_timeout=3601  | connect_timeout '3601' is not a whole number of seconds from 0 to 3600",
      "postgres://u:s3cr3tPW@h/d?application_name=%E2%9C%93 | application_name must be 1 to 63 printable ASCII characters",
      "postgres://u:s3cr3tPW@h/d?sslmode=%Z1           | value of 'sslmode' has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @",
  })
  void badUrlIsRefusedWithAnActionableMessageThatNeverEchoesThePassword(String url, String expected) {
    InvalidDatabaseUrlException e = assertThrows(InvalidDatabaseUrlException.class, () -> DatabaseUrl.parse(url));
    assertEquals(expected, e.getMessage());
    assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
  }

  @Test
  void nullIsRefusedAsEmpty() {
    assertEquals("is empty" + USE,
        assertThrows(InvalidDatabaseUrlException.class, () -> DatabaseUrl.parse(null)).getMessage());
  }

  @Test
  void redactedFormParsesBackToTheSameSettingsOnceThePasswordIsPutBack() {
    ConnectionSettings original = new ConnectionSettings("2001:db8::1", 6543, "my db", "al ita", "p@ss/word",
        SslMode.VERIFY_FULL, Duration.ofSeconds(4), "alita worker");
    String url = original.redacted().replace(":***@", ":" + PercentEncoding.encode(original.password()) + "@");
    assertEquals(original, DatabaseUrl.parse(url));
  }
}
