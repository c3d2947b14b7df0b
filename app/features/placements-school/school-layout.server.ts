import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { changeAcademicYearHref, changeOrganisationHref } from "~/features/placements/organisation-header";

/**
 * Layout of every page of a placements school. The placementsSchool guard checks membership (or support):
 * another school's id is a 404.
 */
export async function schoolLayoutLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const [school, year] = await Promise.all([
    orNotFound(api.placements.school.byId({ schoolId })),
    orNotFound(api.placements.academicYear.selected()),
  ]);
  return json({
    school: { id: school.id, name: school.name },
    academicYear: year.name,
    changeOrganisationHref: changeOrganisationHref(session.user),
    changeAcademicYearHref: changeAcademicYearHref(`/placements/schools/${school.id}`),
  });
}

/** GET /placements/schools/:id — the school's landing page for the selected academic year. */
export async function schoolLandingLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const landing = await orNotFound(api.placements.schoolOrganisation.landing({ schoolId }));
  return redirect(`/placements/schools/${schoolId}/${landing.destination}`);
}
