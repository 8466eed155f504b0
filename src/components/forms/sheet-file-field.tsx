"use client";

import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { DelayedProgress } from "@/components/ui/delayed-progress";

/**
 * The .xlsx picker, the submit button and the progress line of an import form (people, accounts):
 * the limits in the hint are the ones the server's reader enforces (2 MB, 2,000 rows).
 */
export function SheetFileField({
  error,
  pending,
  submitLabel,
}: {
  error?: string;
  pending: boolean;
  submitLabel: string;
}) {
  return (
    <>
      <Field id="file" label="Tệp bảng tính (.xlsx)" error={error} required hint="Tối đa 2 MB, 2000 dòng.">
        {(props) => (
          <input
            {...props}
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang nhập…" : submitLabel}
      </Button>
      <DelayedProgress active={pending} label="Đang nhập: đang kiểm tra và ghi từng dòng của tệp…" />
    </>
  );
}
