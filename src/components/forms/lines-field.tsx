"use client";

import { useState } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { keepTypedBeforeHydration } from "./typed-before-hydration";

/**
 * A list of paragraphs edited as text, one item per line: how offices already write bullets in
 * Word, and quick to paste into. The form value stays a string[]; the textarea keeps the text as
 * typed (blank lines included) so the cursor never jumps. The plan form is never reset from
 * outside, so the local text cannot go stale. Text typed before hydration is handed back through
 * the ref (React sets a textarea back to its server text when it hydrates it).
 */
export function LinesField<V extends FieldValues>({
  control,
  name,
  label,
  hint,
  required,
  rows = 4,
  error,
}: {
  control: Control<V>;
  name: Path<V>;
  label: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  error?: string;
}) {
  const { field } = useController({ control, name });
  const [text, setText] = useState(((field.value as string[] | undefined) ?? []).join("\n"));
  const id = String(name).replace(/\./g, "-");
  return (
    <Field id={id} label={label} error={error} hint={hint ?? "Mỗi dòng là một ý."} required={required}>
      {(props) => (
        <textarea
          {...props}
          ref={keepTypedBeforeHydration}
          rows={rows}
          value={text}
          onBlur={field.onBlur}
          onChange={(e) => {
            setText(e.target.value);
            field.onChange(
              e.target.value
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}
