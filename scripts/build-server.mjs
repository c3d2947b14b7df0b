/**
 * Compiles the Express entry (server/index.ts and what it imports) to JavaScript in build/server/, so production runs
 * `node build/server/index.js` without transpiling TypeScript at run time. npm packages and Node built-ins stay
 * imports (installed in node_modules); the project's own modules (relative and `#server/*`, `#prisma/*` imports)
 * are bundled. Dynamic imports (fakes, migrations, seed) become chunks loaded only when used.
 */
import { build } from "esbuild";

const packagesExternal = {
  name: "packages-external",
  setup(b) {
    // Bare specifiers (packages, node:*), but not the project's "#…" subpath imports nor "~/…" (app/, tsconfig paths).
    b.onResolve({ filter: /^[^./#~]/ }, (args) => (args.path.startsWith("/") ? undefined : { external: true }));
  },
};

await build({
  // serve-demo (npm start) prepares the demo settings, then imports the same server entry.
  entryPoints: { index: "server/index.ts", "serve-demo": "scripts/serve-demo.ts" },
  outdir: "build/server",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [packagesExternal],
});
console.log("built build/server/index.js");
