import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { PHASE_LABELS } from "./placement-fields";

type Api = Awaited<ReturnType<typeof callerFor>>;

/** The year's hosting interest, with "Maybe" details as summary rows (names, quantities, "I don't know"). */
export async function hostingInterestSummary(api: Api, schoolId: string) {
  const current = await orNotFound(api.placements.hostingInterest.get({ schoolId }));
  const p = current.potential;
  let potentialRows: { key: string; value: string }[] = [];
  if (p) {
    const options = await orNotFound(api.placements.schoolPlacement.options({ schoolId }));
    const names = new Map<string, string>([
      ...options.yearGroups.map((y) => [y.value, y.text] as [string, string]),
      ...options.subjects.map((s) => [s.id, s.name] as [string, string]),
      ...options.keyStages.map((k) => [k.id, k.name] as [string, string]),
    ]);
    const listed = (list: "unknown" | { quantity: number | null }[] | undefined, key: string) =>
      list === "unknown"
        ? "I don’t know"
        : (list ?? [])
            .map((item) => {
              const name = names.get(String((item as Record<string, unknown>)[key])) ?? "";
              return item.quantity === null ? name : `${name} (${item.quantity})`;
            })
            .join(", ");
    potentialRows = [
      {
        key: "Phase",
        value: p.phases === "unknown" ? "I don’t know" : p.phases.map((x) => PHASE_LABELS[x]).join(", "),
      },
      p.yearGroups ? { key: "Year groups", value: listed(p.yearGroups, "yearGroup") } : null,
      p.subjects ? { key: "Subjects", value: listed(p.subjects, "subjectId") } : null,
      p.keyStages ? { key: "SEND key stages", value: listed(p.keyStages, "keyStageId") } : null,
      { key: "Note to providers", value: p.note || "None" },
    ].filter((r): r is { key: string; value: string } => r !== null);
  }
  return {
    appetite: current.interest?.appetite ?? null,
    placements: current.placements,
    potentialRows,
  };
}

/** GET …/hosting-interest/whats-next: what the school told us and what happens now. */
export async function whatsNextLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const [summary, list] = await Promise.all([
    hostingInterestSummary(api, schoolId),
    orNotFound(api.placements.schoolPlacement.list({ schoolId })),
  ]);
  return json({ schoolId, ...summary, titles: list.placements.map((p) => p.title), academicYear: list.academicYear });
}
