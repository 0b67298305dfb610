package io.alita.postgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SslModeTest {

  @Test
  void eachModeMapsToPgjdbcsSslmodeValue() {
    assertEquals("disable", SslMode.DISABLE.pgjdbcValue());
    assertEquals("prefer", SslMode.PREFER.pgjdbcValue());
    assertEquals("require", SslMode.REQUIRE.pgjdbcValue());
    assertEquals("verify-ca", SslMode.VERIFY_CA.pgjdbcValue());
    assertEquals("verify-full", SslMode.VERIFY_FULL.pgjdbcValue());
  }

  @Test
  void urlParameterRefusesPreferAndNamesTheFourAcceptedValues() {
    assertEquals(SslMode.VERIFY_CA, SslMode.fromUrlParameter("verify-ca"));
    assertEquals("unsupported sslmode 'prefer'; use disable, require, verify-ca or verify-full",
        assertThrows(IllegalArgumentException.class, () -> SslMode.fromUrlParameter("prefer")).getMessage());
  }

  @Test
  void standaloneSettingAlsoAcceptsPrefer() {
    assertEquals(SslMode.PREFER, SslMode.fromSetting("prefer"));
    assertEquals(SslMode.VERIFY_FULL, SslMode.fromSetting(" VERIFY-FULL "));
    assertEquals("unsupported sslmode 'allow'; use disable, prefer, require, verify-ca or verify-full",
        assertThrows(IllegalArgumentException.class, () -> SslMode.fromSetting("allow")).getMessage());
  }
}
