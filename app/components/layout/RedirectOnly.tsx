/**
 * The page of a route whose loader always redirects (a wizard's …/new start). Having a
 * component makes it a page route, so its errors (404 for another organisation) render as the
 * GOV.UK error page instead of a bare text response.
 */
export default function RedirectOnly() {
  return null;
}
