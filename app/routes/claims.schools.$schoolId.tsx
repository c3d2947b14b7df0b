import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/**
 * Layout for every page of a claims school. Membership is checked by the claimsSchool guard
 * (another school's id is a 404). School users are sent to the grant conditions until the
 * school has accepted them; support users are not.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const school = await orNotFound(api.claims.school.byId({ schoolId }));
  const path = new URL(request.url).pathname;
  const grantConditionsPath = `/claims/schools/${schoolId}/grant-conditions`;
  if (!session.user.isSupport && !school.grantConditionsAccepted && !path.startsWith(grantConditionsPath)) {
    throw redirect(grantConditionsPath);
  }
  return json({ school: { id: school.id, name: school.name }, isSupport: session.user.isSupport });
}

export default function ClaimsSchoolLayout() {
  const { school, isSupport } = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  const base = `/claims/schools/${school.id}`;
  const items = [
    { text: "Claims", href: `${base}/claims` },
    { text: "Mentors", href: `${base}/mentors` },
    { text: "Users", href: `${base}/users` },
    { text: "Organisation details", href: `${base}/details` },
  ].map((item) => ({ ...item, current: pathname === item.href || pathname.startsWith(`${item.href}/`) }));
  return (
    <>
      {isSupport ? <p className="govuk-caption-m">{school.name}</p> : null}
      <SubNavigation label="Organisation" items={items} />
      <Outlet />
    </>
  );
}
