import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
export { default } from "~/components/layout/RedirectOnly";

export const loader = ({ params }: LoaderFunctionArgs) =>
  redirect(`/placements/providers/${params.providerId}/find/${params.schoolId}/placements`);
