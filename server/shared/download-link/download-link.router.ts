import { z } from "zod";
import type { Db, Tx } from "../../db.ts";
import { procedures, router } from "../../trpc/init.ts";
import { consumeDownloadLink, findDownloadLink } from "./download-link.service.ts";

export type DownloadLinkFile = { filename: string; content: string };

/** What a kind of one-time link downloads: the record type its tokens point at, and the file that record gives. */
export interface DownloadLinkKind {
  recordType: string;
  /** Reads the file (inside the transaction that marks the link used); may record the download on the record too. */
  file(tx: Tx, recordId: string, now: Date): Promise<DownloadLinkFile>;
}

const TokenInput = z.object({ token: z.string().max(100).optional() });

/**
 * `check` (landing page: is the link usable?) and `download` (marks it used and returns the file, or null when it
 * is unknown, expired or used) for one kind of link. Deliberately public: the token is the credential.
 */
export function downloadLinkRouter(kind: DownloadLinkKind) {
  return router({
    check: procedures.public.input(TokenInput).query(async ({ ctx, input }) => ({
      valid: Boolean(await findDownloadLink(ctx.db, kind.recordType, input.token)),
    })),
    download: procedures.public.input(TokenInput).mutation(({ ctx, input }) =>
      (ctx.db as Db).$transaction(async (tx) => {
        const now = new Date();
        const link = await consumeDownloadLink(tx, kind.recordType, input.token, now);
        if (!link) return null;
        return kind.file(tx, link.recordId, now);
      }),
    ),
  });
}
