import { z } from "zod";
import { CHOOSABLE_KINDS } from "@/domain/notifications/kinds";

/** The preferences form: the kinds ticked to come by e-mail too (every other kind: in the app only). */
export const ZNotificationPreferences = z.object({
  email: z.array(z.enum(CHOOSABLE_KINDS)).default([]),
});
