import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `*.pg.test.ts`: suites that need a PostgreSQL server (several connections racing, the database going away). They run
 * only when DATABASE_URL names one (`npm run test:postgres`, CI); the embedded database has a single connection.
 */
const postgres = Boolean(process.env.DATABASE_URL || process.env.TEST_DATABASE_SERVER_URL);

export default defineConfig({
  resolve: {
    alias: { "~": path.resolve("app") },
  },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "server/**/*.test.ts",
      "prisma/**/*.test.ts",
      "bench/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "tests/factories/**/*.test.ts",
    ],
    exclude: ["node_modules", "build", "tests/e2e/**", ...(postgres ? [] : ["**/*.pg.test.ts"])],
    globals: true,
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/db-setup.ts"],
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
  },
});
