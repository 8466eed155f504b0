"use client";

import type { ChangeEvent, InputHTMLAttributes, Ref } from "react";
import { formatLooseDate, readLooseDate } from "@/domain/plans/loose-date";

/**
 * A date a plan may give by day, or only by month or year: "15/12/2025", "tháng 12/2025", "năm
 * 2025" (src/domain/plans/loose-date.ts). Plain text, so nothing follows the browser's locale; on
 * leaving the field a readable date is written back as the plan writes it ("12/2025" becomes
 * "tháng 12/2025"), so the officer sees how it was understood. The schema reads it with ZLooseDate.
 */
type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { ref?: Ref<HTMLInputElement> };

export function LooseDateInput({ onChange, onBlur, ...props }: Props) {
  return (
    <input
      {...props}
      type="text"
      autoComplete="off"
      placeholder="dd/mm/yyyy, tháng mm/yyyy hoặc năm yyyy"
      onChange={onChange}
      onBlur={(e) => {
        const read = readLooseDate(e.target.value);
        const shown = "loose" in read ? formatLooseDate(read.loose) : e.target.value;
        if (shown !== e.target.value) {
          e.target.value = shown;
          onChange?.(e as unknown as ChangeEvent<HTMLInputElement>);
        }
        onBlur?.(e);
      }}
    />
  );
}
