import { get, type FieldErrors, type FieldValues, type Path, type UseFormRegister } from "react-hook-form";

/**
 * The `Field` props of a control registered in `form`: `<Field {...field("title")} label="…">`.
 * The id is the field's path with dots as dashes ("bases.0.text" → "bases-0-text"), after
 * `prefix` when a form is repeated on a page (the prefix carries the record's id, so labels stay
 * unique); the error is the field's own message, nested paths included. `form` is the whole
 * `useForm()` result, or its `register` and errors where a part of a form is its own component.
 */
export function fieldProps<V extends FieldValues>(
  form: { register: UseFormRegister<V>; formState: { errors: FieldErrors<V> } },
  prefix?: string,
) {
  return (name: Path<V>) => {
    const path = name.replace(/\./g, "-");
    const error = get(form.formState.errors, name) as { message?: string } | undefined;
    return { id: prefix ? `${prefix}-${path}` : path, error: error?.message, control: form.register(name) };
  };
}
