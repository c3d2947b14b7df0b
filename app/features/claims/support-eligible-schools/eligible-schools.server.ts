import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  ELIGIBLE_SCHOOLS_HEADERS,
  EligibleSchoolRow,
} from "#server/claims/support/eligible-schools/eligible-schools.schema.ts";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { idParam } from "~/lib/params.server";
import { orNotFound } from "~/lib/trpc.server";
import { supportApi } from "../support-claims/support-claims.server";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Make schools eligible" for one claim window: upload `name,urn` → confirmation | upload-errors → apply. */
function eligibleSchoolsJourney(claimWindowId: string) {
  const windowPath = `/claims/support/claim-windows/${claimWindowId}`;
  return csvUploadJourney({
    // One journey per window: an upload checked for one window is never applied to another.
    journey: `claims-upload-eligible-schools:${claimWindowId}`,
    basePath: `${windowPath}/eligible-schools/new`,
    returnPath: windowPath,
    spec: { requiredHeaders: ELIGIBLE_SCHOOLS_HEADERS, keyColumn: "urn", row: EligibleSchoolRow },
    open: async (request, requestId) => {
      const { api } = await supportApi(request, requestId);
      await orNotFound(api.claims.support.claimWindow.byId({ claimWindowId }));
      return { api };
    },
    check: (api, rows) => api.claims.support.eligibleSchools.check({ claimWindowId, rows }),
    apply: async (api, _file, lines) => {
      const result = await api.claims.support.eligibleSchools.makeEligible({
        claimWindowId,
        schoolIds: lines.map((l) => l.schoolId),
      });
      return {
        heading: "Schools made eligible",
        body: `${plural(result.newlyEligible, "school is", "schools are")} now eligible to claim (${plural(
          result.schools,
          "school",
          "schools",
        )} in the file). ${plural(result.emails, "user has", "users have")} been e-mailed.`,
      };
    },
  });
}

const journeyFor = (params: LoaderFunctionArgs["params"]) => eligibleSchoolsJourney(idParam(params, "claimWindowId"));

export function eligibleSchoolsStartLoader(args: LoaderFunctionArgs) {
  return journeyFor(args.params).startLoader(args);
}
export function eligibleSchoolsStepLoader(args: LoaderFunctionArgs) {
  return journeyFor(args.params).stepLoader(args);
}
export function eligibleSchoolsStepAction(args: ActionFunctionArgs) {
  return journeyFor(args.params).stepAction(args);
}
