package io.alita.postgres.mybatis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.postgres.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

/** {@link Mappers#ALL} is the one list: every mapper XML of this module is in it, and a factory takes them all. */
class MappersTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void everyMapperFileIsInTheList() throws IOException {
    Set<String> files;
    try (Stream<Path> all = Files.walk(RESOURCES)) {
      files = all.filter(p -> p.getFileName().toString().endsWith("Mapper.xml"))
          .map(p -> RESOURCES.relativize(p).toString().replace('/', '.').replaceAll("\\.xml$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed = Mappers.ALL.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    listed.add(ActorMapper.class.getName()); // registered by MyBatis.sessionFactory itself
    assertEquals(files, listed);
  }

  @Test
  void oneFactoryServesEveryMapper() {
    SqlSessionFactory factory = MyBatis.sessionFactory(TestDatabase.create().dataSource());
    for (Class<?> mapper : Mappers.ALL) {
      assertEquals(true, factory.getConfiguration().hasMapper(mapper), mapper.getName());
    }
  }
}
