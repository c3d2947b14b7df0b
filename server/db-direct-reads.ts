/**
 * `directRows`: a hot read's SQL sent straight to the driver adapter its Prisma client uses.
 *
 * A raw query through the Prisma client costs ~130 µs of the server's CPU (its query engine serialises the query,
 * interprets it and deserialises every value) against ~45 µs through the adapter alone, for the same statement: the
 * same connections, the same prepared statement names, the same statement count (server/db-statements.ts) and the
 * same errors (the adapter's, which server/http/failures.ts classifies). For the few statements most page views send
 * (the session, the school claims list); anything else uses Prisma as usual.
 *
 * Parameters are text, numbers, booleans, null or lists of text (no dates: pass an ISO string and cast it in SQL).
 * Values come back as `$queryRaw` gives them for the column types allowed here (JSON parsed, timestamps and dates as
 * Dates, 64-bit integers as BigInt); any other column type is an error, so a query that needs one uses `$queryRaw`.
 * Inside a transaction, or before the client has connected, the query goes through the client (`$queryRaw`).
 */
import {
  ColumnTypeEnum,
  type ArgType,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { Prisma } from "../prisma/generated/client.ts";
import type { DbOrTx } from "./db.ts";
import { processWide } from "./shared/process/process-wide.ts";

type Connected = { adapter?: Promise<SqlDriverAdapter> };
// Per process: the Remix build's copy of this module must find the client the server's copy of server/db.ts opened.
const connections = processWide("direct-reads", () => new WeakMap<object, Connected>());

/** The client `create` makes on `factory`; `directRows(client, …)` uses the adapter the client connects through it. */
export function clientWithDirectReads<F extends SqlDriverAdapterFactory, C extends object>(
  factory: F,
  create: (factory: F) => C,
): C {
  const connected: Connected = {};
  const connect = factory.connect.bind(factory);
  factory.connect = () => (connected.adapter = connect());
  const client = create(factory);
  connections.set(client, connected);
  return client;
}

export async function directRows<T>(db: DbOrTx, query: Prisma.Sql): Promise<T[]> {
  const adapter = await connections.get(db)?.adapter;
  if (!adapter) return db.$queryRaw<T[]>(query);
  const args = query.values;
  const result = await adapter.queryRaw({ sql: query.text, args, argTypes: args.map(argTypeOf) });
  return rowsOf(result) as T[];
}

function argTypeOf(value: unknown): ArgType {
  if (Array.isArray(value)) {
    if (!value.every((item) => typeof item === "string")) throw new TypeError("directRows: lists of text only");
    return { scalarType: "string", arity: "list" };
  }
  if (value === null) return { scalarType: "unknown", arity: "scalar" };
  if (typeof value === "string") return { scalarType: "string", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  throw new TypeError(`directRows: unsupported parameter (${typeof value}); use $queryRaw`);
}

const asIs = (value: unknown) => value;
const toDate = (value: unknown) => (typeof value === "string" ? new Date(value) : value);
const toBigInt = (value: unknown) => (typeof value === "string" || typeof value === "number" ? BigInt(value) : value);
const toJson = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

const CONVERT: Partial<Record<number, (value: unknown) => unknown>> = {
  [ColumnTypeEnum.Int32]: asIs,
  [ColumnTypeEnum.Float]: asIs,
  [ColumnTypeEnum.Double]: asIs,
  [ColumnTypeEnum.Boolean]: asIs,
  [ColumnTypeEnum.Character]: asIs,
  [ColumnTypeEnum.Text]: asIs,
  [ColumnTypeEnum.Enum]: asIs,
  [ColumnTypeEnum.Uuid]: asIs,
  [ColumnTypeEnum.Int64]: toBigInt,
  [ColumnTypeEnum.Date]: toDate,
  [ColumnTypeEnum.DateTime]: toDate,
  [ColumnTypeEnum.Json]: toJson,
  [ColumnTypeEnum.TextArray]: asIs,
  [ColumnTypeEnum.UuidArray]: asIs,
  [ColumnTypeEnum.Int32Array]: asIs,
};

function rowsOf({ columnNames, columnTypes, rows }: SqlResultSet) {
  const converters = columnTypes.map((type, i) => {
    const convert = CONVERT[type];
    if (!convert) throw new TypeError(`directRows: column ${columnNames[i]} has an unsupported type; use $queryRaw`);
    return convert;
  });
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) {
      const value = row[i];
      object[columnNames[i]!] = value === null ? null : converters[i]!(value);
    }
    return object;
  });
}
