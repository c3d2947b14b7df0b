import { z } from "zod";

/** Export users: the claim window (all, or one) and which users (all, or those who have signed in). */
export const UserExportInput = z.object({
  claimWindowId: z.union([z.literal("all"), z.string().uuid()], { error: "Select a claim window" }),
  activity: z.enum(["all", "signed_in"], { error: "Select which users to export" }),
});
export type UserExportInput = z.infer<typeof UserExportInput>;
