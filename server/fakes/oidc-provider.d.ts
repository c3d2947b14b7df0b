// oidc-provider v9 ships no TypeScript types (and @types/oidc-provider targets older majors).
// The fake only uses a small surface of it, typed loosely here.
declare module "oidc-provider" {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any;
  export default Provider;
}
