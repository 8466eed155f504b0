import { z } from "zod";
import { readDay } from "@/lib/dates";
import { readLooseDate } from "@/domain/plans/loose-date";

const problemOf = (text: string) => {
  const day = readDay(text);
  return "problem" in day ? day.problem : null;
};

/**
 * Every date a form sends: typed as dd/mm/yyyy (DateInput), whatever the browser's language, or
 * yyyy-mm-dd (a value loaded into the form, an older client); out always yyyy-mm-dd, which the
 * refinements chained after it and the data layer read. A string schema with checks and an
 * `overwrite`, not a transform: inside a union (a day that may be left empty, `.or(z.literal(""))`)
 * a failed transform aborts and zod answers "Invalid input" instead of what is wrong.
 */
export const ZDay = z
  .string({ error: "Nhập ngày." })
  .trim()
  .min(1, "Nhập ngày.")
  .refine((text) => problemOf(text) !== "format", "Ngày không hợp lệ (dd/mm/yyyy).")
  .refine((text) => problemOf(text) !== "no-such-day", "Ngày không tồn tại.")
  .overwrite((text) => {
    const day = readDay(text);
    return "iso" in day ? day.iso : text;
  });

const looseProblemOf = (text: string) => {
  const read = readLooseDate(text);
  return "problem" in read ? read.problem : null;
};

/**
 * A date a plan may give by day, or only by month or year ("15/12/2025", "tháng 12/2025", "năm
 * 2025"): out as a partial ISO string ("2025-12-15", "2025-12", "2025") that keeps its precision
 * (src/domain/plans/loose-date.ts). Checks and an overwrite, as ZDay, for the same reason.
 */
export const ZLooseDate = z
  .string({ error: "Nhập ngày." })
  .trim()
  .min(1, "Nhập ngày.")
  .refine(
    (text) => looseProblemOf(text) !== "format",
    "Nhập ngày (dd/mm/yyyy), hoặc tháng (tháng mm/yyyy), hoặc năm (năm yyyy).",
  )
  .refine((text) => looseProblemOf(text) !== "no-such-day", "Ngày, tháng này không tồn tại.")
  .overwrite((text) => {
    const read = readLooseDate(text);
    return "loose" in read ? read.loose : text;
  });
