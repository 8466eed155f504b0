import { z } from "zod";

/** A row's id as an action receives it (a cuid; bounded so a forged value cannot be huge). */
export const ZId = z.string().min(1).max(40);
