package io.alita.postgres.mybatis;

import org.apache.ibatis.annotations.Param;

/** A test-only mapper (its XML sits beside it in the test resources). */
public interface EchoMapper {
  String echo(@Param("secret") String secret);
}
