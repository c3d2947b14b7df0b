/**
 * GOV.UK Notify through notifications-node-client, with the one generic template (subject + body personalisation)
 * and a request timeout. Errors say whether retrying can help (`retryable`): 400 (validation, bad template) cannot;
 * timeouts, network errors, 429 and 5xx can; 401/403 (bad key) are retried too, so fixing the key recovers the queue.
 */
import { NotifyClient } from "notifications-node-client";

export type OutgoingEmail = { to: string; subject: string; body: string; reference: string };

export interface EmailSender {
  send(email: OutgoingEmail): Promise<{ notifyId: string }>;
  /**
   * The Notify id of an e-mail already sent with this reference (the outbox id), null when there is none, or
   * undefined when Notify cannot tell (then the worker sends again: at least once).
   */
  findByReference?(reference: string): Promise<string | null | undefined>;
}

export class NotifyError extends Error {
  constructor(
    message: string,
    public status: number | null,
    public retryable: boolean,
    /** The request may have reached Notify (timeout, connection reset): check by reference before sending again. */
    public uncertain = false,
  ) {
    super(message);
    this.name = "NotifyError";
  }
}

type AxiosLikeError = {
  response?: { status?: number; data?: { errors?: { error?: string; message?: string }[] } };
  code?: string;
  message?: string;
};

export function notifySender(opts: {
  apiUrl?: string;
  apiKey: string;
  templateId: string;
  timeoutMs?: number;
}): EmailSender {
  const client = opts.apiUrl ? new NotifyClient(opts.apiUrl, opts.apiKey) : new NotifyClient(opts.apiKey);
  // The client calls `restClient(options)` (axios): wrap it to add a timeout without depending on axios directly.
  const api = (
    client as unknown as { apiClient: { restClient: (o: object) => Promise<unknown>; setClient(c: unknown): void } }
  ).apiClient;
  const rest = api.restClient;
  api.setClient((options: object) => rest({ ...options, timeout: opts.timeoutMs ?? 15_000 }));
  return {
    async send(email) {
      try {
        const response = await client.sendEmail(opts.templateId, email.to, {
          personalisation: { subject: email.subject, body: email.body },
          reference: email.reference,
        });
        return { notifyId: response.data.id };
      } catch (error) {
        const e = error as AxiosLikeError;
        const status = e.response?.status ?? null;
        const detail =
          e.response?.data?.errors?.map((x) => `${x.error}: ${x.message}`).join("; ") ??
          e.code ??
          e.message ??
          "unknown error";
        const uncertain =
          status === null && ["ECONNABORTED", "ETIMEDOUT", "ECONNRESET", "ERR_CANCELED"].includes(e.code ?? "");
        throw new NotifyError(
          `Notify ${status ?? "request failed"}: ${detail}`,
          status,
          status === null || status !== 400,
          uncertain,
        );
      }
    },
    async findByReference(reference) {
      try {
        const response = await client.getNotifications("email", undefined, reference);
        const found =
          (response.data as { notifications?: { id: string; reference?: string | null }[] }).notifications ?? [];
        return found.find((n) => n.reference === reference)?.id ?? null;
      } catch {
        return undefined;
      }
    },
  };
}
