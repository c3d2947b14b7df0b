/**
 * Preloaded into a benchmarked process (`node --import ./bench/peak-memory.mjs …`): samples the heap every 20 ms and,
 * when the process exits, writes one line to stderr:
 *   PEAK-MEMORY {"maxRssKb":…, "peakHeapMb":…}
 * maxRssKb is the kernel's maximum resident set size of this process (getrusage ru_maxrss), so nothing is missed
 * between samples.
 */
import { writeSync } from "node:fs";

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
setInterval(sample, 20).unref();
process.on("exit", () => {
  sample();
  const line = { maxRssKb: process.resourceUsage().maxRSS, peakHeapMb: Math.round(peakHeap / 1024 / 1024) };
  writeSync(2, `PEAK-MEMORY ${JSON.stringify(line)}\n`);
});
