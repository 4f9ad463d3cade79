package app.attendance.api.system;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one table that refer to another row by one column: what a feature answers when asked, through its
 * {@code ...References} interfaces, whether a class, room, teacher or subject is still in use. Table and column
 * names come from code, never from a request.
 */
public final class TableRows {

    private final JdbcClient jdbc;
    private final String table;

    public TableRows(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** How many rows have {@code id} in {@code column}. */
    public long count(String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id).query(
                Long.class).single();
    }

    /** Deletes the rows that have {@code id} in {@code column}. */
    public void delete(String column, long id) {
        jdbc.sql("delete from " + table + " where " + column + " = :id").param("id", id).update();
    }
}
