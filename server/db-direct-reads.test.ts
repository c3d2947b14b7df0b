import { describe, expect, it } from "vitest";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { Prisma } from "../prisma/generated/client.ts";
import { directRows } from "./db-direct-reads.ts";
import { countStatements } from "./db-statements.ts";

const getDb = useTestDatabase();

/** One column of each type directRows allows, with a NULL beside each, and every kind of parameter. */
const everyType = (userId: string) => Prisma.sql`
  SELECT u.id, u.email, u.kind, u.created_at AS "createdAt", NULL::timestamptz AS "never",
         DATE '2026-10-01' AS "startsOn", 42::int AS small, 9007199254740993::bigint AS big, 1.5::float8 AS ratio,
         true AS yes, 'x'::char(1) AS letter, json_build_object('a', 1, 'b', json_build_array('c')) AS doc,
         NULL::json AS "noDoc", ARRAY['a', 'b'] AS texts, ARRAY[u.id] AS ids, ARRAY[1, 2] AS numbers,
         (SELECT ${"text"}::text) AS "textParam", (SELECT ${7}::int) AS "intParam", (SELECT ${0.25}::float8) AS "floatParam",
         (SELECT ${false}::boolean) AS "boolParam", (SELECT ${null}::text) AS "nullParam",
         (SELECT ${["p", "q"]}::text[]) AS "listParam"
    FROM users u WHERE u.id = (SELECT ${userId}::uuid)`;

describe("directRows", () => {
  it("gives the same rows as $queryRaw, in one statement", async () => {
    const db = await getDb();
    const user = await createUser(db);
    const expected = await db.$queryRaw<unknown[]>(everyType(user.id));
    const { result, statements } = await countStatements(() => directRows(db, everyType(user.id)));
    expect(statements).toBe(1);
    expect(result).toEqual(expected);
    expect(result[0]).toMatchObject({
      id: user.id,
      createdAt: expect.any(Date),
      startsOn: new Date("2026-10-01T00:00:00Z"),
      big: 9007199254740993n,
      doc: { a: 1, b: ["c"] },
      listParam: ["p", "q"],
      nullParam: null,
    });
  });

  it("inside a transaction, reads through it", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const names = await db.$transaction(async (tx) => {
      await tx.school.update({ where: { id: school.id }, data: { name: "Renamed in the transaction" } });
      return directRows<{ name: string }>(tx, Prisma.sql`SELECT name FROM schools WHERE id = ${school.id}::uuid`);
    });
    expect(names).toEqual([{ name: "Renamed in the transaction" }]);
  });

  it("refuses a column type it does not convert as $queryRaw does, and a date parameter", async () => {
    const db = await getDb();
    await expect(directRows(db, Prisma.sql`SELECT 1.5::numeric AS amount`)).rejects.toThrow(/unsupported type/);
    await expect(directRows(db, Prisma.sql`SELECT ${new Date()}::timestamptz AS at`)).rejects.toThrow(
      /unsupported parameter/,
    );
  });
});
