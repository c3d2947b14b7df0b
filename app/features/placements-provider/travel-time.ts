/** How Find shows travel times: "25 mins by car", "1 hour 5 mins by public transport", "2 hours walking". */
const MODE_WORDS = [
  ["drive", "by car"],
  ["transit", "by public transport"],
  ["walk", "walking"],
] as const;

export function duration(seconds: number) {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const mins = (n: number) => `${n} ${n === 1 ? "min" : "mins"}`;
  if (hours === 0) return mins(rest);
  const h = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  return rest ? `${h} ${mins(rest)}` : h;
}

/** One line per mode the routing service answered (modes without a route are left out). */
export function travelTimeLines(times: Partial<Record<"drive" | "transit" | "walk", number | null>> | null) {
  if (!times) return [];
  return MODE_WORDS.flatMap(([mode, words]) => {
    const seconds = times[mode];
    return typeof seconds === "number" ? [`${duration(seconds)} ${words}`] : [];
  });
}
