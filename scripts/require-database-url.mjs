// `npm run test:postgres` runs the vitest suites (the PostgreSQL-only `*.pg.test.ts` included) on a PostgreSQL server.
if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  console.error(
    "Set DATABASE_URL to a PostgreSQL server, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres",
  );
  process.exit(1);
}
