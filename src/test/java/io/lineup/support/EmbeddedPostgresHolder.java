package io.lineup.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One embedded PostgreSQL per test JVM, started on first use. */
public final class EmbeddedPostgresHolder {

  private static EmbeddedPostgres postgres;

  private EmbeddedPostgresHolder() {}

  public static synchronized String jdbcUrl() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresHolder::stop));
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  private static synchronized void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going away; nothing to keep
    }
  }
}
