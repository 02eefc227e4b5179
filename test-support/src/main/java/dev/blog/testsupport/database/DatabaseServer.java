package dev.blog.testsupport.database;

/** A PostgreSQL server the tests may create databases on, reached through its maintenance database. */
record DatabaseServer(String adminJdbcUrl, String username, String password, String origin) {

    /** The JDBC URL of another database on the same server. */
    String urlOf(String database) {
        int query = adminJdbcUrl.indexOf('?');
        String base = query < 0 ? adminJdbcUrl : adminJdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : adminJdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }
}
