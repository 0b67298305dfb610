package io.alita.postgres.mybatis;

import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds the one {@link SqlSessionFactory} of the process. Every mapper is an interface with an XML file of the same
 * name in the same package (loaded by {@link Configuration#addMapper}); every value in those files is a {@code #{}}
 * bind parameter, never {@code ${}} (a build test greps for it).
 */
public final class MyBatis {

  private MyBatis() {}

  /** The factory of the process: every mapper of {@link Mappers#ALL}. */
  public static SqlSessionFactory sessionFactory(DataSource dataSource) {
    return sessionFactory(dataSource, Mappers.ALL);
  }

  /** A factory with only {@code mappers} (and {@link ActorMapper}): for tests of one mapper outside the real list. */
  public static SqlSessionFactory sessionFactory(DataSource dataSource, List<Class<?>> mappers) {
    Configuration cfg = new Configuration(new Environment("alita", new JdbcTransactionFactory(), dataSource));
    cfg.setMapUnderscoreToCamelCase(true);
    cfg.setDefaultStatementTimeout(30);
    // Sessions are short-lived units of work; the first-level cache would only hide another process's writes.
    cfg.setLocalCacheScope(LocalCacheScope.STATEMENT);
    cfg.setCacheEnabled(false);
    cfg.addInterceptor(new SqlTimingInterceptor());
    cfg.addMapper(ActorMapper.class); // Sessions' own statement, whatever the stores are
    for (Class<?> mapper : mappers) {
      cfg.addMapper(mapper);
    }
    return new SqlSessionFactoryBuilder().build(cfg);
  }
}
