// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotifyClient } from "notifications-node-client";
import { FAKE_NOTIFY_API_KEY, GENERIC_TEMPLATE_ID, createNotifyToken, startNotify, type FakeNotify } from "./notify.ts";

type AxiosLikeError = {
  response?: { status: number; data: { status_code: number; errors: { error: string; message: string }[] } };
};

describe("fake GOV.UK Notify", () => {
  let fake: FakeNotify;
  let notify: InstanceType<typeof NotifyClient>;

  beforeAll(async () => {
    fake = await startNotify();
    notify = new NotifyClient(fake.url, fake.apiKey);
  });
  beforeEach(() => fake.reset());
  afterAll(() => fake?.close());

  it("accepts sendEmail from notifications-node-client and records it", async () => {
    const response = await notify.sendEmail(GENERIC_TEMPLATE_ID, "a@b.com", {
      personalisation: { subject: "Claim submitted", body: "Your claim **CL-123** was submitted." },
      reference: "claim-123",
    });
    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({
      reference: "claim-123",
      content: {
        subject: "Claim submitted",
        body: "Your claim **CL-123** was submitted.",
        from_email: expect.any(String),
      },
      template: { id: GENERIC_TEMPLATE_ID, version: 1 },
    });
    expect(response.data.uri).toBe(`${fake.url}/v2/notifications/${response.data.id}`);

    expect(fake.sent()).toHaveLength(1);
    expect(fake.sent()[0]).toMatchObject({
      email_address: "a@b.com",
      subject: "Claim submitted",
      reference: "claim-123",
    });
    const viaHttp = await (await fetch(`${fake.url}/_fake/emails`)).json();
    expect(viaHttp[0].id).toBe(response.data.id);

    const byId = await notify.getNotificationById(response.data.id);
    expect(byId.data).toMatchObject({ status: "delivered", email_address: "a@b.com" });
  });

  it("rejects bad tokens, missing personalisation, unknown templates and bad addresses like Notify", async () => {
    const other = new NotifyClient(
      fake.url,
      `k-${FAKE_NOTIFY_API_KEY.slice(-73, -37)}-00000000-0000-4000-8000-000000000000`,
    );
    const authErr = (await other
      .sendEmail(GENERIC_TEMPLATE_ID, "a@b.com", { personalisation: { subject: "s", body: "b" } })
      .catch((e: unknown) => e)) as AxiosLikeError;
    expect(authErr.response?.status).toBe(403);
    expect(authErr.response?.data.errors[0].error).toBe("AuthError");

    const stale = await fetch(`${fake.url}/v2/notifications/email`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${createNotifyToken(FAKE_NOTIFY_API_KEY, Math.round(Date.now() / 1000) - 120)}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        email_address: "a@b.com",
        template_id: GENERIC_TEMPLATE_ID,
        personalisation: { subject: "s", body: "b" },
      }),
    });
    expect(stale.status).toBe(403);
    expect((await stale.json()).errors[0].message).toMatch(/clock/);

    const missing = (await notify
      .sendEmail(GENERIC_TEMPLATE_ID, "a@b.com", { personalisation: { subject: "only subject" } })
      .catch((e: unknown) => e)) as AxiosLikeError;
    expect(missing.response?.status).toBe(400);
    expect(missing.response?.data.errors[0].message).toBe("Missing personalisation: body");

    const badTemplate = (await notify
      .sendEmail("00000000-0000-4000-8000-000000000000", "a@b.com", {})
      .catch((e: unknown) => e)) as AxiosLikeError;
    expect(badTemplate.response?.data.errors[0].message).toBe("Template not found");

    const badEmail = (await notify
      .sendEmail(GENERIC_TEMPLATE_ID, "not-an-email", { personalisation: { subject: "s", body: "b" } })
      .catch((e: unknown) => e)) as AxiosLikeError;
    expect(badEmail.response?.data.errors[0]).toEqual({
      error: "ValidationError",
      message: "email_address Not a valid email address",
    });
    expect(fake.sent()).toHaveLength(0);
  });

  it("injects failures, outages and delays", async () => {
    const send = () =>
      notify.sendEmail(GENERIC_TEMPLATE_ID, "a@b.com", { personalisation: { subject: "s", body: "b" } });
    const statusOf = (p: Promise<unknown>) =>
      p.then(
        () => 201,
        (e: AxiosLikeError) => e.response?.status,
      );

    fake.failNext(2, 500);
    expect(await statusOf(send())).toBe(500);
    expect(await statusOf(send())).toBe(500);
    expect(await statusOf(send())).toBe(201);

    fake.failNext(1, 429);
    const limited = (await send().catch((e: unknown) => e)) as AxiosLikeError;
    expect(limited.response?.data.errors[0].error).toBe("RateLimitError");

    fake.setDown(true);
    expect(await statusOf(send())).toBe(500);
    expect(await statusOf(send())).toBe(500);
    fake.setDown(false);
    expect(await statusOf(send())).toBe(201);
    expect(fake.sent()).toHaveLength(2);

    fake.setDelay(200);
    const started = Date.now();
    expect(await statusOf(send())).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
