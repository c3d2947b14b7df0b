import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "./index.ts";

const getDb = useTestDatabase();

describe("factories", () => {
  it("create a school user whose session shape lists the membership", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const user = await createUser(db, { schoolIds: [school.id] });
    const session = await sessionUserFor(db, user.id);
    expect(session.schoolIds).toEqual([school.id]);
    expect(session.isSupport).toBe(false);
  });

  it("start every test from empty tables", async () => {
    const db = await getDb();
    expect(await db.school.count()).toBe(0);
  });
});
