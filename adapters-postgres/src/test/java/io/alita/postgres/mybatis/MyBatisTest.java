package io.alita.postgres.mybatis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.alita.postgres.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

class MyBatisTest {

  @Test
  void debugLoggingShowsEachStatementWithItsTimeButNeverItsValues() {
    TestDatabase.Coordinates db = TestDatabase.create();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db.jdbcUrl());
    ds.setUser(db.user());
    ds.setPassword(db.password());
    SqlSessionFactory factory = MyBatis.sessionFactory(ds, List.of(EchoMapper.class));

    Logger sqlLog = (Logger) LoggerFactory.getLogger("io.alita.sql");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    sqlLog.addAppender(appender);
    Level before = sqlLog.getLevel();
    sqlLog.setLevel(Level.DEBUG);
    try (SqlSession session = factory.openSession()) {
      assertEquals("hunter2-secret", session.getMapper(EchoMapper.class).echo("hunter2-secret"));
    } finally {
      sqlLog.setLevel(before);
      sqlLog.detachAppender(appender);
    }

    assertEquals(1, appender.list.size());
    String line = appender.list.get(0).getFormattedMessage();
    assertTrue(line.matches("SQL io\\.alita\\.postgres\\.mybatis\\.EchoMapper\\.echo \\d+[.,]\\d\\d ms: SELECT CAST\\(\\? AS text\\)"), line);
    assertFalse(line.contains("hunter2"));
  }

  @Test
  void noMapperUsesRawSubstitution() throws IOException {
    Path main = Path.of("src/main/resources");
    if (!Files.isDirectory(main)) {
      return; // no mapper files yet
    }
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> offenders = files.filter(p -> p.toString().endsWith(".xml")).filter(p -> {
        try {
          return Files.readString(p).contains("${");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertTrue(offenders.isEmpty(), "${} found (SQL injection risk; use #{}): " + offenders);
    }
  }
}
