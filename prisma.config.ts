// Prisma 7 CLI configuration. The URL is only used by CLI commands that talk to a database
// (`prisma studio`, or `prisma migrate deploy` where the native schema engine is available).
// In this project migrations normally run through prisma/migrate.ts (WebAssembly schema engine),
// which also serves the embedded PGlite database when DATABASE_URL is not set.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/itt_mentor_services",
  },
});
