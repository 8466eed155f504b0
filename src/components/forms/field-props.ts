import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { errorId, inputClass } from "@/components/ui/field";

/**
 * What a control registered in `form` needs to sit in a `Field`: a unique id (forms repeated on a
 * page pass a prefix that carries the record's id), the invalid state, the error described-by link,
 * and its error message.
 */
export function fieldProps<V extends FieldValues>(form: UseFormReturn<V>, prefix: string) {
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const id = (name: Path<V>) => `${prefix}-${name}`;
  return {
    id,
    error: (name: Path<V>) => errors[name]?.message,
    props: (name: Path<V>) => ({
      id: id(name),
      className: inputClass,
      "aria-invalid": Boolean(errors[name]),
      "aria-describedby": errorId(id(name)),
      ...form.register(name),
    }),
  };
}
