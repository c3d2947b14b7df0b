/**
 * Where a `--cpu-prof` profile's time went: self time by function and by package (node_modules package, the app's
 * own build, node internals), so a page's cost can be traced to its mechanism before optimising it.
 *
 *   npx tsx bench/http/cpu-profile-summary.ts <dir or .cpuprofile>
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function packageOf(url: string) {
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/build/server/")) return "app: build/server";
  if (url.includes("/build/")) return "app: build";
  if (url.startsWith("node:") || url === "") return "node / native";
  return url.split("/").slice(-2).join("/");
}

function top(map: Map<string, number>, total: number, count: number) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
    .join("\n");
}

export function summariseProfiles(path: string) {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => join(path, f))
    : [path];
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id)!;
      const micros = profile.timeDeltas[i] ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === "(idle)") return;
      total += micros;
      const fn = `${functionName || "(anonymous)"} ${packageOf(url)}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
      const pkg = functionName.startsWith("(") ? functionName : packageOf(url);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    });
  }
  console.log(`\nCPU (not idle) ${(total / 1e6).toFixed(1)} s in ${files.length} profile(s)`);
  console.log(`\nBy package:\n${top(byPackage, total, 20)}`);
  console.log(`\nBy function (self time):\n${top(byFunction, total, 30)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) summariseProfiles(process.argv[2] ?? "/tmp/itt-bench-profile");
