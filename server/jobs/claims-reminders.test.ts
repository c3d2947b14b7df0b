import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createEligibility,
  createMentor,
  createProvider,
  createSchool,
  createUser,
} from "#tests/factories/index.ts";
import { sendClaimDeadlineReminders } from "./claims-reminders.ts";

const getDb = useTestDatabase();
const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("claim deadline reminders (Wednesdays, last 30 days of a window)", () => {
  it("e-mails users of eligible schools without a submitted claim, once a week, only close to the deadline", async () => {
    const db = await getDb();
    const year = await createAcademicYear(db, 2026);
    await createClaimWindow(db, { academicYearId: year.id, startsOn: day("2026-11-01"), endsOn: day("2026-12-31") });
    const waiting = await createSchool(db, { name: "Waiting School" });
    const claimed = await createSchool(db, { name: "Claimed School" });
    const notEligible = await createSchool(db, { name: "Not Eligible School" });
    await createEligibility(db, waiting.id, year.id);
    await createEligibility(db, claimed.id, year.id);
    const anne = await createUser(db, { schoolIds: [waiting.id], email: "anne@example.com" });
    await createUser(db, { schoolIds: [claimed.id] });
    await createUser(db, { schoolIds: [notEligible.id] });
    const window = await db.claimWindow.findFirstOrThrow();
    const mentor = await createMentor(db, { schoolId: claimed.id });
    await createClaimRow(db, {
      schoolId: claimed.id,
      providerId: (await createProvider(db)).id,
      claimWindowId: window.id,
      trainings: [{ mentorId: mentor.id, hours: 2 }],
    });

    // 40 days before the deadline: nothing.
    expect(await sendClaimDeadlineReminders(db, new Date("2026-11-21T10:00:00Z"))).toMatchObject({ windowOpen: false });
    const wednesday = new Date("2026-12-02T10:00:00Z");
    expect(await sendClaimDeadlineReminders(db, wednesday)).toEqual({
      windowOpen: true,
      items: 1,
      queued: 1,
      alreadySent: 0,
    });
    expect(await sendClaimDeadlineReminders(db, wednesday)).toMatchObject({ queued: 0, alreadySent: 1 });
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail.to).toBe(anne.email);
    expect(mail.subject).toBe("Deadline 31 December 2026: Claim Your ITT Mentor Training Funding");
  });
});
