import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTeachingRecordApi, type FakeTeachingRecordApi } from "#server/fakes/teaching-record-api.ts";
import { createTeachingRecordClient, TeachingRecordUnavailableError } from "./teaching-record.client.ts";

let fake: FakeTeachingRecordApi;
beforeAll(async () => {
  fake = await startTeachingRecordApi({ port: 0 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = (opts: { apiKey?: string; timeoutMs?: number } = {}) =>
  createTeachingRecordClient({ baseUrl: fake.url, apiKey: opts.apiKey ?? fake.apiKey, timeoutMs: opts.timeoutMs });

describe("Teaching Record API client", () => {
  it("finds a teacher by TRN and date of birth, sending the key and API version", async () => {
    const teacher = await client().findTeacher("1234567", "1991-01-22");
    expect(teacher).toEqual({ trn: "1234567", firstName: "Jane", lastName: "Doe", dateOfBirth: "1991-01-22" });
    expect(fake.requests()).toEqual([
      { trn: "1234567", dateOfBirth: "1991-01-22", apiVersion: "20240416", status: 200 },
    ]);
  });

  it("finds a teacher by TRN alone (the nightly name refresh), without a dateOfBirth parameter", async () => {
    expect(await client().findTeacher("1234568")).toEqual({
      trn: "1234568",
      firstName: "John",
      lastName: "Smith",
      dateOfBirth: "1985-03-14",
    });
    expect(await client().findTeacher("7654321")).toBeNull();
    expect(fake.requests()).toEqual([
      { trn: "1234568", dateOfBirth: null, apiVersion: "20240416", status: 200 },
      { trn: "7654321", dateOfBirth: null, apiVersion: "20240416", status: 404 },
    ]);
  });

  it("returns null when the TRN is unknown (404)", async () => {
    expect(await client().findTeacher("7654321", "1991-01-22")).toBeNull();
  });

  it("returns null when the date of birth does not match (404)", async () => {
    expect(await client().findTeacher("1234567", "1991-01-23")).toBeNull();
  });

  it("treats a wrong API key (401) as the service being unavailable", async () => {
    const error = await client({ apiKey: "wrong" })
      .findTeacher("1234567", "1991-01-22")
      .catch((e) => e);
    expect(error).toBeInstanceOf(TeachingRecordUnavailableError);
    expect(error.status).toBe(401);
  });

  it("treats a server error (500) as the service being unavailable", async () => {
    fake.failNext(500);
    const error = await client()
      .findTeacher("1234567", "1991-01-22")
      .catch((e) => e);
    expect(error).toBeInstanceOf(TeachingRecordUnavailableError);
    expect(error.status).toBe(500);
    // The next call works again.
    expect(await client().findTeacher("1234567", "1991-01-22")).not.toBeNull();
  });

  it("gives up after the timeout", async () => {
    fake.setDelay(1000);
    const started = Date.now();
    const error = await client({ timeoutMs: 200 })
      .findTeacher("1234567", "1991-01-22")
      .catch((e) => e);
    expect(error).toBeInstanceOf(TeachingRecordUnavailableError);
    expect(error.message).toMatch(/timed out/);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("treats a refused connection as unavailable", async () => {
    const closed = createTeachingRecordClient({ baseUrl: "http://127.0.0.1:1", apiKey: "k" });
    await expect(closed.findTeacher("1234567", "1991-01-22")).rejects.toBeInstanceOf(TeachingRecordUnavailableError);
  });

  it("is unavailable when not configured", async () => {
    const unconfigured = createTeachingRecordClient({ baseUrl: undefined, apiKey: undefined });
    await expect(unconfigured.findTeacher("1234567", "1991-01-22")).rejects.toBeInstanceOf(
      TeachingRecordUnavailableError,
    );
  });

  it("refuses a malformed TRN before building a URL", async () => {
    await expect(client().findTeacher("../admin", "1991-01-22")).rejects.toThrow(/invalid/);
    expect(fake.requests()).toHaveLength(0);
  });
});
