import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import type { Db } from "#server/db.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { parseCsvUpload } from "#server/shared/csv/csv-upload.ts";
import {
  PROVIDER_USER_INVITE_HEADERS,
  ProviderUserInviteRow,
  SCHOOL_USER_INVITE_HEADERS,
  SchoolUserInviteRow,
} from "./user-invites.schema.ts";
import {
  applyUserInvites,
  checkProviderUserInvites,
  checkSchoolUserInvites,
  type UserInviteLine,
} from "./user-invites.service.ts";

const getDb = useTestDatabase();

const schoolSpec = { requiredHeaders: SCHOOL_USER_INVITE_HEADERS, keyColumn: "email", row: SchoolUserInviteRow };
const providerSpec = { requiredHeaders: PROVIDER_USER_INVITE_HEADERS, keyColumn: "email", row: ProviderUserInviteRow };

async function world(db: Db) {
  const oak = await createSchool(db, { name: "Oak School", claims: true, urn: "100001" });
  const elm = await createSchool(db, { name: "Elm School", claims: true, urn: "100002" });
  const notClaims = await createSchool(db, { name: "Ash School", claims: false, urn: "100003" });
  const provider = await createProvider(db, { name: "Best Practice Network", code: "1BN" });
  const anne = await createUser(db, { email: "anne@example.com", firstName: "Anne", schoolIds: [oak.id] });
  const patricia = await createUser(db, {
    email: "patricia@example.com",
    firstName: "Patricia",
    providerIds: [provider.id],
    type: "Claims::ProviderUser",
  });
  const support = await createUser(db, { kind: "support", email: "colin@education.gov.uk" });
  return { oak, elm, notClaims, provider, anne, patricia, support };
}

/** Parses a school-users file and checks it: the row errors (file order) or the lines. */
async function checkSchoolFile(db: Db, csv: string) {
  const parsed = parseCsvUpload(csv, schoolSpec);
  return parsed.ok ? checkSchoolUserInvites(db, parsed.rows) : parsed;
}

const toInvites = (lines: UserInviteLine[]) => ({
  invites: lines.map((l) => ({
    organisationId: l.organisationId,
    email: l.email,
    firstName: l.firstName,
    lastName: l.lastName,
  })),
});

describe("invite school users: every row is checked", () => {
  it("reports the columns every row must fill, and their format", async () => {
    const db = await getDb();
    await world(db);
    const long = "x".repeat(101);
    const result = await checkSchoolFile(
      db,
      [
        "email,school_urn,first_name,last_name",
        "not-an-email,100001,Ann,Able",
        "bob@example.com,,Bob,Brown",
        "cat@example.com,100001,,Cole",
        "dan@example.com,100001,Dan,",
        `eve@example.com,100001,${long},Evans`,
        `fay@example.com,100001,Fay,${long}`,
        ",100001,Blank,Email",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 2, message: "Enter an email address in the correct format, like name@example.com" },
        { row: 3, message: "Enter a school URN" },
        { row: 4, message: "Enter a first name" },
        { row: 5, message: "Enter a last name" },
        { row: 6, message: "First name must be 100 characters or fewer" },
        { row: 7, message: "Last name must be 100 characters or fewer" },
      ],
    });
  });

  it("refuses control characters in names (the procedure input too, not only the file)", async () => {
    const db = await getDb();
    const { oak, support } = await world(db);
    const parsed = SchoolUserInviteRow.safeParse({
      email: "gus@example.com",
      school_urn: "100001",
      first_name: "Gus\u200b\u0007",
      last_name: "Green",
    });
    expect(parsed.success).toBe(false);
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, support.id) }));
    await expect(
      api.claims.support.schoolUserInvites.invite({
        invites: [{ organisationId: oak.id, email: "gus@example.com", firstName: "Gus\u0007", lastName: "Green" }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.user.count({ where: { email: "gus@example.com" } })).toBe(0);
  });

  it("needs a school taking part in claims, one row per person and school, one name per address", async () => {
    const db = await getDb();
    await world(db);
    const result = await checkSchoolFile(
      db,
      [
        "email,school_urn,first_name,last_name",
        "new@example.com,100001,Nia,New",
        "new@example.com,100001,Nia,New",
        "new@example.com,100002,Nina,New",
        "x@example.com,999999,Xavier,X",
        "y@example.com,100003,Yan,Y",
        "colin@education.gov.uk,100001,Colin,Chapman",
        "patricia@example.com,100001,Patricia,P",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 3, message: "new@example.com is already on row 2 for the same organisation" },
        { row: 4, message: "new@example.com has a different name on row 2" },
        { row: 5, message: "There is no school with the URN 999999 taking part in claims" },
        { row: 6, message: "There is no school with the URN 100003 taking part in claims" },
        { row: 7, message: "colin@education.gov.uk belongs to a support user" },
        { row: 8, message: "patricia@example.com belongs to a provider user and cannot be added to a school" },
      ],
    });
  });

  it("needs the file's columns", async () => {
    const db = await getDb();
    expect(await checkSchoolFile(db, "email,urn,first_name,last_name\na@example.com,1,A,B\n")).toEqual({
      ok: false,
      fileError: "The selected file must be a CSV with the columns: email, school_urn, first_name, last_name",
      rowErrors: [],
    });
  });

  it("says what each good row will do (an e-mail address in any case is the same person)", async () => {
    const db = await getDb();
    const { oak, elm } = await world(db);
    const result = await checkSchoolFile(
      db,
      [
        "email,school_urn,first_name,last_name",
        "New.Person@Example.com,100001,Nia,New",
        "ANNE@example.com,100001,Anne,Wilson",
        "anne@example.com,100002,Anne,Wilson",
      ].join("\n"),
    );
    expect(result).toEqual({
      ok: true,
      lines: [
        expect.objectContaining({
          row: 2,
          email: "new.person@example.com",
          organisationId: oak.id,
          outcome: "new_user",
        }),
        expect.objectContaining({ row: 3, email: "anne@example.com", outcome: "already_member" }),
        expect.objectContaining({
          row: 4,
          organisationId: elm.id,
          organisationName: "Elm School",
          organisationRef: "100002",
          outcome: "new_membership",
        }),
      ],
    });
  });
});

describe("invite school users: applying", () => {
  it("creates and reuses users, adds memberships, e-mails each new membership once, and is idempotent", async () => {
    const db = await getDb();
    const { oak, elm, anne, support } = await world(db);
    const checked = await checkSchoolFile(
      db,
      [
        "email,school_urn,first_name,last_name",
        "nia@example.com,100001,Nia,New",
        "nia@example.com,100002,Nia,New",
        "anne@example.com,100001,Anne,Wilson",
        "anne@example.com,100002,Anne,Wilson",
      ].join("\n"),
    );
    if (!checked.ok) throw new Error("expected a clean file");
    const input = toInvites(checked.lines);
    expect(await applyUserInvites(db, support, "School", input)).toEqual({
      people: 4,
      usersCreated: 1,
      membershipsCreated: 3,
      emails: 3,
    });
    const nia = await db.user.findUniqueOrThrow({
      where: { service_email: { service: "claims", email: "nia@example.com" } },
      include: { memberships: true },
    });
    expect(nia).toMatchObject({ type: "Claims::User", kind: "user", firstName: "Nia", lastName: "New" });
    expect(nia.memberships.map((m) => m.schoolId).sort()).toEqual([oak.id, elm.id].sort());
    expect(await db.userMembership.count({ where: { userId: anne.id } })).toBe(2);
    const mails = await db.emailOutbox.findMany({ orderBy: [{ to: "asc" }, { body: "asc" }] });
    expect(mails.map((m) => [m.to, m.subject, m.templateKey])).toEqual([
      ["anne@example.com", "Invitation to join Claim funding for mentor training", "claims.user_invited"],
      ["nia@example.com", "Invitation to join Claim funding for mentor training", "claims.user_invited"],
      ["nia@example.com", "Invitation to join Claim funding for mentor training", "claims.user_invited"],
    ]);
    expect(mails.find((m) => m.to === "anne@example.com")!.body).toContain("for Elm School");
    expect(await db.auditLog.count({ where: { action: "user_membership.created", actorId: support.id } })).toBe(3);

    // The same file again: nothing changes, nobody is e-mailed, and the check says so.
    const again = await checkSchoolFile(
      db,
      "email,school_urn,first_name,last_name\nnia@example.com,100001,Nia,New\nanne@example.com,100002,Anne,W\n",
    );
    expect(again.ok && again.lines.map((l) => l.outcome)).toEqual(["already_member", "already_member"]);
    expect(await applyUserInvites(db, support, "School", input)).toEqual({
      people: 4,
      usersCreated: 0,
      membershipsCreated: 0,
      emails: 0,
    });
    expect(await db.emailOutbox.count()).toBe(3);
    expect(await db.userMembership.count()).toBe(5);
  });

  it("keeps an existing user's names and brings back a removed (discarded) user", async () => {
    const db = await getDb();
    const { elm, anne, support } = await world(db);
    await db.user.update({ where: { id: anne.id }, data: { discardedAt: new Date() } });
    await applyUserInvites(db, support, "School", {
      invites: [{ organisationId: elm.id, email: "anne@example.com", firstName: "Someone", lastName: "Else" }],
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: anne.id } });
    expect(after).toMatchObject({ firstName: "Anne", discardedAt: null });
  });

  it("applies nothing when a school has left claims or an address became another kind of user", async () => {
    const db = await getDb();
    const { oak, notClaims, support, provider } = await world(db);
    await expect(
      applyUserInvites(db, support, "School", {
        invites: [
          { organisationId: oak.id, email: "one@example.com", firstName: "One", lastName: "O" },
          { organisationId: notClaims.id, email: "two@example.com", firstName: "Two", lastName: "T" },
        ],
      }),
    ).rejects.toThrow();
    await expect(
      applyUserInvites(db, support, "Provider", {
        invites: [
          { organisationId: provider.id, email: "one@example.com", firstName: "One", lastName: "O" },
          { organisationId: provider.id, email: "anne@example.com", firstName: "Anne", lastName: "W" },
        ],
      }),
    ).rejects.toThrow("anne@example.com belongs to a school user and cannot be added to a provider");
    expect(await db.user.count({ where: { email: "one@example.com" } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("invite provider users", () => {
  it("checks provider codes (any case) and applies like school users", async () => {
    const db = await getDb();
    const { provider, support } = await world(db);
    const bad = parseCsvUpload(
      "email,provider_code,first_name,last_name\npam@example.com,ZZZ,Pam,P\nanne@example.com,1BN,Anne,W\n",
      providerSpec,
    );
    if (!bad.ok) throw new Error("expected parsed rows");
    expect(await checkProviderUserInvites(db, bad.rows)).toEqual({
      ok: false,
      fileError: null,
      rowErrors: [
        { row: 2, message: "There is no provider with the code ZZZ" },
        { row: 3, message: "anne@example.com belongs to a school user and cannot be added to a provider" },
      ],
    });
    const good = parseCsvUpload(
      "email,provider_code,first_name,last_name\npam@example.com,1bn,Pam,Price\npatricia@example.com,1BN,Patricia,P\n",
      providerSpec,
    );
    if (!good.ok) throw new Error("expected parsed rows");
    const checked = await checkProviderUserInvites(db, good.rows);
    if (!checked.ok) throw new Error("expected a clean file");
    expect(checked.lines.map((l) => [l.organisationRef, l.outcome])).toEqual([
      ["1BN", "new_user"],
      ["1BN", "already_member"],
    ]);
    expect(await applyUserInvites(db, support, "Provider", toInvites(checked.lines))).toEqual({
      people: 2,
      usersCreated: 1,
      membershipsCreated: 1,
      emails: 1,
    });
    const pam = await db.user.findFirstOrThrow({ where: { email: "pam@example.com" }, include: { memberships: true } });
    expect(pam.type).toBe("Claims::ProviderUser");
    expect(pam.memberships.map((m) => m.providerId)).toEqual([provider.id]);
    expect((await db.emailOutbox.findFirstOrThrow()).body).toContain("for Best Practice Network");
    expect((await applyUserInvites(db, support, "Provider", toInvites(checked.lines))).membershipsCreated).toBe(0);
  });
});

describe("claims.support.{school,provider}UserInvites: support only", () => {
  it("school and provider users get NOT_FOUND on every procedure, and nothing is written", async () => {
    const db = await getDb();
    const { oak, provider, anne, patricia } = await world(db);
    const row = { email: "new@example.com", first_name: "N", last_name: "N" };
    for (const user of [anne, patricia]) {
      const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) })).claims
        .support;
      const calls = [
        api.schoolUserInvites.check({ rows: [{ row: 2, data: { ...row, school_urn: "100001" } }] }),
        api.schoolUserInvites.invite({
          invites: [{ organisationId: oak.id, email: "new@example.com", firstName: "N", lastName: "N" }],
        }),
        api.providerUserInvites.check({ rows: [{ row: 2, data: { ...row, provider_code: "1BN" } }] }),
        api.providerUserInvites.invite({
          invites: [{ organisationId: provider.id, email: "new@example.com", firstName: "N", lastName: "N" }],
        }),
      ];
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.user.count({ where: { email: "new@example.com" } })).toBe(0);
  });
});
