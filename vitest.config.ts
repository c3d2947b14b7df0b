import path from "node:path";
import { defineConfig } from "vitest/config";

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
    exclude: ["node_modules", "build", "tests/e2e/**"],
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
