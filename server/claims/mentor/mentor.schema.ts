/** The add-mentor form is shared with placements (server/shared/mentor). */
export {
  MENTOR_MESSAGES,
  MentorIdInput,
  MentorLookupFormSchema,
  MentorLookupInput,
  Trn,
} from "../../shared/mentor/mentor.schema.ts";
