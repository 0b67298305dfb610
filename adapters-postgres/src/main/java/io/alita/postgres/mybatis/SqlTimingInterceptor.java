package io.alita.postgres.mybatis;

import java.util.Properties;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code DEBUG=true}: logs every SQL statement with the time it took. Only the statement text with its
 * {@code ?} placeholders is logged, never the bound values, so no user data or secret can reach the log.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
    @Signature(type = Executor.class, method = "query",
        args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class, CacheKey.class, BoundSql.class})
})
public final class SqlTimingInterceptor implements Interceptor {

  static final Logger LOG = LoggerFactory.getLogger("io.alita.sql");

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    if (!LOG.isDebugEnabled()) {
      return invocation.proceed();
    }
    MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
    long start = System.nanoTime();
    boolean failed = true;
    try {
      Object result = invocation.proceed();
      failed = false;
      return result;
    } finally {
      double millis = (System.nanoTime() - start) / 1_000_000.0;
      String sql = statement.getBoundSql(invocation.getArgs()[1]).getSql().replaceAll("\\s+", " ").trim();
      LOG.debug("{} {} {} ms: {}", failed ? "FAILED" : "SQL", statement.getId(), String.format("%.2f", millis), sql);
    }
  }

  @Override
  public void setProperties(Properties properties) {
    // no configuration
  }
}
