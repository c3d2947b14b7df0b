// Copies govuk-frontend's compiled CSS, JS, fonts and images into public/assets at build time,
// so the app serves them itself (no CDN, nothing fetched at run time).
import { cpSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const dist = path.join(path.dirname(require.resolve("govuk-frontend/package.json")), "dist", "govuk");
const out = path.resolve("public", "assets");
mkdirSync(out, { recursive: true });
cpSync(path.join(dist, "assets"), out, { recursive: true });
for (const file of ["govuk-frontend.min.css", "govuk-frontend.min.js"]) {
  cpSync(path.join(dist, file), path.join(out, file));
}
console.log(`govuk-frontend assets copied to ${path.relative(process.cwd(), out)}`);
