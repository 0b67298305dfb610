package io.alita.postgres.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.postgres.migration.SqlScript.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement splitter behind the cleaner and the failure messages. */
class MigrationSqlScriptTest {

  private static List<String> statements(String sql) {
    return SqlScript.parse(sql).statements().stream().map(SqlScript::normalized).toList();
  }

  @Test
  void semicolonsInsideStringsIdentifiersCommentsAndDollarQuotesDoNotSplit() {
    String sql = "INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\'slash;');\n"
        + "CREATE TABLE \"odd;name\" (id int); -- trailing; comment\n"
        + "/* block; /* nested; */ still comment; */\n"
        + "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;\n"
        + "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
        + "SELECT $1::int";

    assertEquals(List.of(
        "INSERT INTO t VALUES ( 'a;b' , 'it''s; fine' , E'back\\'slash;' )",
        "CREATE TABLE \"odd;name\" ( id int )",
        "CREATE FUNCTION f ( ) RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql",
        "CREATE FUNCTION g ( ) RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
        "SELECT $ 1 : : int"), statements(sql));
  }

  @Test
  void sqlStandardFunctionBodyIsOneStatement() {
    String sql = "CREATE FUNCTION one() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n"
        + "  SELECT 2;\nEND;\nCOMMIT;\n";

    List<Statement> list = SqlScript.parse(sql).statements();

    assertEquals(2, list.size());
    assertEquals(1, list.get(0).startLine());
    assertEquals(5, list.get(0).endLine());
    assertEquals("COMMIT", SqlScript.normalized(list.get(1)));
  }

  @Test
  void statementsKnowTheirLinesAndSkipLeadingComments() {
    String sql = "-- header\n\nCREATE TABLE a (\n  id int\n);\n/* note */ INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);\n";

    List<Statement> list = SqlScript.parse(sql).statements();

    assertEquals(List.of(3, 6, 6), list.stream().map(Statement::startLine).toList());
    assertEquals(5, list.get(0).endLine());
    assertEquals("INSERT INTO a VALUES ( 2 )", SqlScript.normalized(list.get(2)));
  }

  @Test
  void semicolonsInsideParenthesesDoNotSplitARule() {
    String sql = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); INSERT INTO log VALUES (2));\n"
        + "SELECT 1;";

    assertEquals(2, statements(sql).size());
  }
}
