import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  consumeDownloadLink,
  downloadLinksOf,
  downloadTokenDigest,
  findDownloadLink,
  issueDownloadLink,
} from "./download-link.service.ts";

const getDb = useTestDatabase();
const target = { recordType: "Payment", recordId: "5b0b1c52-2c43-4b8a-8c55-3c5f0f5a9b10" };
const DAY = 24 * 60 * 60 * 1000;

describe("one-time download links", () => {
  it("stores only the token's SHA-256, and opens the record until the first download", async () => {
    const db = await getDb();
    const { token, expiresAt } = await issueDownloadLink(db, { ...target, emailAddress: "Payer@Example.com" });
    const row = await db.downloadAccessToken.findFirstOrThrow();
    expect(row.tokenDigest).toBe(downloadTokenDigest(token));
    expect(row.tokenDigest).not.toContain(token);
    expect(row.emailAddress).toBe("payer@example.com");
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);

    expect(await findDownloadLink(db, "Payment", token)).toMatchObject(target);
    expect(await findDownloadLink(db, "Sampling", token)).toBeNull();
    expect(await consumeDownloadLink(db, "Payment", token)).toMatchObject({
      ...target,
      emailAddress: "payer@example.com",
    });
    expect(await consumeDownloadLink(db, "Payment", token)).toBeNull();
    expect(await findDownloadLink(db, "Payment", token)).toBeNull();
    expect((await downloadLinksOf(db, target))[0].downloadedAt).toBeInstanceOf(Date);
  });

  it("refuses an expired, unknown or malformed token", async () => {
    const db = await getDb();
    const issued = new Date(Date.now() - 8 * DAY);
    const { token } = await issueDownloadLink(db, { ...target, emailAddress: "payer@example.com" }, issued);
    expect(await findDownloadLink(db, "Payment", token)).toBeNull();
    expect(await consumeDownloadLink(db, "Payment", token)).toBeNull();
    expect(await consumeDownloadLink(db, "Payment", "x".repeat(43))).toBeNull();
    expect(await consumeDownloadLink(db, "Payment", "not a token")).toBeNull();
    expect(await consumeDownloadLink(db, "Payment", undefined)).toBeNull();
  });

  it("a resend ends the earlier unused link for that address only", async () => {
    const db = await getDb();
    const first = await issueDownloadLink(db, { ...target, emailAddress: "a@example.com" });
    const other = await issueDownloadLink(db, { ...target, emailAddress: "b@example.com" });
    const second = await issueDownloadLink(db, { ...target, emailAddress: "a@example.com" });
    expect(await findDownloadLink(db, "Payment", first.token)).toBeNull();
    expect(await findDownloadLink(db, "Payment", second.token)).not.toBeNull();
    expect(await findDownloadLink(db, "Payment", other.token)).not.toBeNull();
  });

  it("two downloads at once: exactly one gets the file", async () => {
    const db = await getDb();
    const { token } = await issueDownloadLink(db, { ...target, emailAddress: "a@example.com" });
    const results = await Promise.all(
      [1, 2, 3].map(() => db.$transaction((tx) => consumeDownloadLink(tx, "Payment", token))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
