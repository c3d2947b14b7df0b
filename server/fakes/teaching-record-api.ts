/**
 * Fake Teaching Record (DQT / TRS) API — the subset the services use:
 *
 *   GET /v3/teachers/{trn}?dateOfBirth=YYYY-MM-DD
 *   Authorization: Bearer <apiKey>     (401, empty body, `WWW-Authenticate: Bearer` when missing/wrong)
 *   X-Api-Version: 20240416            (any value accepted; recorded in requests())
 *
 * 200 → {trn, firstName, middleName, lastName, dateOfBirth, nationalInsuranceNumber, email, qts, eyts}
 * 404 → problem details when no teacher has that TRN, or the dateOfBirth given does not match
 *       (like the real API, an omitted dateOfBirth returns the record: used by the nightly name refresh)
 * 400 → problem details when dateOfBirth is not a valid YYYY-MM-DD date
 *
 * Faults: failNext(status, count), setDelay(ms) / opts.delayMs, setDown(true); also over HTTP via /_fake/* routes.
 * failTrn(trn, status) makes every request for one TRN fail until reset() (one bad record in a nightly refresh).
 */
import { createServer } from "node:http";
import express from "express";
import { closeServer, createFaults, listen, mountFaultRoutes } from "./http-util.ts";

export type FakeTeacher = {
  trn: string;
  firstName: string;
  middleName: string;
  lastName: string;
  dateOfBirth: string;
  nationalInsuranceNumber?: string | null;
  email?: string | null;
  qts?: { awarded: string; certificateUrl: string | null; statusDescription: string } | null;
  eyts?: { awarded: string; certificateUrl: string | null; statusDescription: string } | null;
};

const qts = (awarded: string) => ({ awarded, certificateUrl: "/v3/certificates/qts", statusDescription: "Qualified" });

/** Seeded demo teachers: TRNs 1234567–1234581 (7 digits) with their dates of birth. */
export const DEMO_TEACHERS: readonly FakeTeacher[] = [
  {
    trn: "1234567",
    firstName: "Jane",
    middleName: "Elizabeth",
    lastName: "Doe",
    dateOfBirth: "1991-01-22",
    nationalInsuranceNumber: "QQ123456A",
    email: "jane.doe@example.com",
    qts: qts("2014-07-18"),
  },
  {
    trn: "1234568",
    firstName: "John",
    middleName: "",
    lastName: "Smith",
    dateOfBirth: "1985-03-14",
    nationalInsuranceNumber: "QQ234567B",
    email: "john.smith@example.com",
    qts: qts("2008-07-20"),
  },
  {
    trn: "1234569",
    firstName: "Priya",
    middleName: "",
    lastName: "Sharma",
    dateOfBirth: "1988-11-02",
    nationalInsuranceNumber: "QQ345678C",
    email: "priya.sharma@example.com",
    qts: qts("2011-08-01"),
  },
  {
    trn: "1234570",
    firstName: "Oluwaseun",
    middleName: "Adebola",
    lastName: "Adeyemi",
    dateOfBirth: "1979-06-30",
    nationalInsuranceNumber: "QQ456789D",
    email: null,
    qts: qts("2003-07-11"),
  },
  {
    trn: "1234571",
    firstName: "Siobhán",
    middleName: "",
    lastName: "O'Connor",
    dateOfBirth: "1993-09-17",
    nationalInsuranceNumber: null,
    email: "siobhan.oconnor@example.com",
    qts: qts("2016-07-15"),
  },
  {
    trn: "1234572",
    firstName: "Mohammed",
    middleName: "",
    lastName: "Ali",
    dateOfBirth: "1990-12-05",
    nationalInsuranceNumber: "QQ567890A",
    email: null,
    qts: qts("2013-07-19"),
  },
  {
    trn: "1234573",
    firstName: "Emily",
    middleName: "Rose",
    lastName: "Clarke",
    dateOfBirth: "1995-04-28",
    nationalInsuranceNumber: "QQ678901B",
    email: "emily.clarke@example.com",
    qts: null,
  },
  {
    trn: "1234574",
    firstName: "David",
    middleName: "",
    lastName: "Jones",
    dateOfBirth: "1972-08-09",
    nationalInsuranceNumber: "QQ789012C",
    email: null,
    qts: qts("1995-07-01"),
  },
  {
    trn: "1234575",
    firstName: "Aisha",
    middleName: "",
    lastName: "Begum",
    dateOfBirth: "1987-02-11",
    nationalInsuranceNumber: "QQ890123D",
    email: "aisha.begum@example.com",
    qts: qts("2010-07-23"),
  },
  {
    trn: "1234576",
    firstName: "Thomas",
    middleName: "James",
    lastName: "Wright",
    dateOfBirth: "1984-02-29",
    nationalInsuranceNumber: "QQ901234A",
    email: null,
    qts: qts("2007-07-20"),
  },
  {
    trn: "1234577",
    firstName: "Chloë",
    middleName: "",
    lastName: "Brontë",
    dateOfBirth: "1996-10-03",
    nationalInsuranceNumber: null,
    email: "chloe.bronte@example.com",
    qts: null,
    eyts: { awarded: "2019-07-12", certificateUrl: "/v3/certificates/eyts", statusDescription: "Qualified" },
  },
  {
    trn: "1234578",
    firstName: "Wei",
    middleName: "",
    lastName: "Chen",
    dateOfBirth: "1989-05-25",
    nationalInsuranceNumber: "QQ112233B",
    email: null,
    qts: qts("2012-07-20"),
  },
  {
    trn: "1234579",
    firstName: "Sarah",
    middleName: "Louise",
    lastName: "Hughes",
    dateOfBirth: "1976-01-31",
    nationalInsuranceNumber: "QQ223344C",
    email: "sarah.hughes@example.com",
    qts: qts("1999-07-16"),
  },
  {
    trn: "1234580",
    firstName: "Daniel",
    middleName: "",
    lastName: "Kowalski",
    dateOfBirth: "1992-03-08",
    nationalInsuranceNumber: "QQ334455D",
    email: null,
    qts: qts("2015-07-17"),
  },
  {
    trn: "1234581",
    firstName: "Grace",
    middleName: "Adaeze",
    lastName: "Okafor",
    dateOfBirth: "1998-12-24",
    nationalInsuranceNumber: "QQ445566A",
    email: "grace.okafor@example.com",
    qts: qts("2021-07-16"),
  },
];

export const DEFAULT_TRA_API_KEY = "fake-teaching-record-api-key";

export type StartTeachingRecordApiOptions = {
  port?: number;
  host?: string;
  /** Bearer token clients must send. Default DEFAULT_TRA_API_KEY. */
  apiKey?: string;
  /** Extra teachers (override demo ones with the same TRN). */
  teachers?: FakeTeacher[];
  /** Leave out DEMO_TEACHERS. */
  noDemoTeachers?: boolean;
  /** Delay every API response (for timeout tests). */
  delayMs?: number;
};

export type TeachingRecordRequest = {
  trn: string;
  dateOfBirth: string | null;
  apiVersion: string | null;
  status: number;
};

export type FakeTeachingRecordApi = {
  url: string;
  apiKey: string;
  /** Fail the next `count` API requests with `status` (default 500). */
  failNext(status?: number, count?: number): void;
  setDelay(ms: number): void;
  setDown(down: boolean): void;
  /** Add a teacher, or replace the one with the same TRN (e.g. a name change). */
  addTeacher(teacher: FakeTeacher): void;
  /** Every request for this TRN answers `status` (default 500) until reset(). */
  failTrn(trn: string, status?: number): void;
  teachers(): FakeTeacher[];
  requests(): TeachingRecordRequest[];
  reset(): void;
  close(): Promise<void>;
};

function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const problem = (status: number, title: string, extra: Record<string, unknown> = {}) => ({
  type: `https://tools.ietf.org/html/rfc9110#section-${status === 404 ? "15.5.5" : status === 400 ? "15.5.1" : "15.6.1"}`,
  title,
  status,
  ...extra,
});

export async function startTeachingRecordApi(opts: StartTeachingRecordApiOptions = {}): Promise<FakeTeachingRecordApi> {
  const apiKey = opts.apiKey ?? DEFAULT_TRA_API_KEY;
  const byTrn = new Map<string, FakeTeacher>();
  const seed = () => {
    byTrn.clear();
    if (!opts.noDemoTeachers) for (const t of DEMO_TEACHERS) byTrn.set(t.trn, { ...t });
    for (const t of opts.teachers ?? []) byTrn.set(t.trn, { ...t });
  };
  seed();
  const faults = createFaults(opts.delayMs ?? 0);
  const log: TeachingRecordRequest[] = [];
  const failingTrns = new Map<string, number>();

  const app = express();
  app.disable("x-powered-by");
  mountFaultRoutes(app, faults);
  app.get("/_fake/teachers", (_req, res) => {
    res.json([...byTrn.values()]);
  });

  app.get("/v3/teachers/:trn", async (req, res) => {
    const trn = req.params.trn;
    const dob = typeof req.query.dateOfBirth === "string" ? req.query.dateOfBirth : null;
    const entry: TeachingRecordRequest = {
      trn,
      dateOfBirth: dob,
      apiVersion: req.get("x-api-version") ?? null,
      status: 0,
    };
    log.push(entry);
    const send = (status: number, body?: unknown) => {
      entry.status = status;
      if (body === undefined) res.status(status).end();
      else
        res
          .status(status)
          .type(status === 200 ? "application/json" : "application/problem+json")
          .send(JSON.stringify(body));
    };

    const auth = req.get("authorization") ?? "";
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1];
    if (token !== apiKey) {
      res.set("WWW-Authenticate", "Bearer");
      return send(401);
    }
    const fail = await faults.take();
    if (fail) return send(fail, problem(fail, "An error occurred while processing your request."));
    const trnFail = failingTrns.get(trn);
    if (trnFail) return send(trnFail, problem(trnFail, "An error occurred while processing your request."));

    if (dob !== null && !isValidIsoDate(dob)) {
      return send(
        400,
        problem(400, "One or more validation errors occurred.", {
          errors: { dateOfBirth: [`The value '${dob}' is not valid.`] },
        }),
      );
    }
    const teacher = byTrn.get(trn);
    if (!teacher || (dob !== null && teacher.dateOfBirth !== dob)) {
      return send(
        404,
        problem(404, "Teacher with specified TRN not found.", { detail: `TRN: '${trn}'`, errorCode: 10001 }),
      );
    }
    return send(200, {
      trn: teacher.trn,
      firstName: teacher.firstName,
      middleName: teacher.middleName ?? "",
      lastName: teacher.lastName,
      dateOfBirth: teacher.dateOfBirth,
      nationalInsuranceNumber: teacher.nationalInsuranceNumber ?? null,
      email: teacher.email ?? null,
      qts: teacher.qts ?? null,
      eyts: teacher.eyts ?? null,
    });
  });

  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, opts.host);
  return {
    url,
    apiKey,
    failNext: (status = 500, count = 1) => faults.failNext(count, status),
    setDelay: (ms) => faults.setDelay(ms),
    setDown: (down) => faults.setDown(down),
    addTeacher: (t) => void byTrn.set(t.trn, { ...t }),
    failTrn: (trn, status = 500) => void failingTrns.set(trn, status),
    teachers: () => [...byTrn.values()],
    requests: () => [...log],
    reset: () => {
      faults.reset();
      failingTrns.clear();
      log.length = 0;
      seed();
    },
    close: () => closeServer(server),
  };
}
