export { resendPayerEmailAction as action } from "~/features/claims/support-payments/payments.server";

// A button's target only: there is no page to GET here.
export function loader() {
  throw new Response("Not found", { status: 404 });
}
