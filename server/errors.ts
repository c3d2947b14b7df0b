/**
 * Domain errors thrown by services. The tRPC layer maps them to TRPCErrors and the
 * Remix layer maps those to GOV.UK error summaries or error pages.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    /** The form field the message belongs to; none means a summary line without a link. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A record that does not exist or that the user may not see: both are a 404, never a 403. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Someone else changed the record since the form was shown (optimistic locking). */
export class ConflictError extends DomainError {
  constructor(message = "This claim has been changed by someone else") {
    super(message);
    this.name = "ConflictError";
  }
}
