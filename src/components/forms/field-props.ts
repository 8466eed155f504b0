import {
  get,
  type Control,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormRegister,
} from "react-hook-form";
import { keepTypedBeforeHydration } from "./typed-before-hydration";

/**
 * The `Field` props of a control registered in `form`: `<Field {...field("title")} label="…">`.
 * The id is the field's path with dots as dashes ("bases.0.text" → "bases-0-text"), after
 * `prefix` when a form is repeated on a page (the prefix carries the record's id, so labels stay
 * unique); the error is the field's own message, nested paths included. `form` is the whole
 * `useForm()` result, or its `register`, `control` and errors where a part of a form is its own
 * component.
 *
 * The control also carries the field's value as its `defaultValue`, so the server renders an edit
 * form already filled in: `register` alone leaves the HTML empty until react-hook-form fills it on
 * hydration, and what was typed in the meantime was overwritten (issue 12). With the value in the
 * HTML, react-hook-form keeps a field edited before it was ready. Text and numbers only: a checkbox's
 * `defaultValue` would become its value attribute and change what it reads as. A textarea needs more:
 * React itself sets it back to its server text on hydration; its ref hands the typing back (see
 * typed-before-hydration.ts).
 */
export function fieldProps<V extends FieldValues>(
  form: { register: UseFormRegister<V>; control?: Control<V>; formState: { errors: FieldErrors<V> } },
  prefix?: string,
) {
  return (name: Path<V>) => {
    const path = name.replace(/\./g, "-");
    const error = get(form.formState.errors, name) as { message?: string } | undefined;
    // _formValues: the form's values as they are (a row added later starts from its own), public enough
    // to be typed on Control; getValues would need the whole form where a sub-form has only `control`.
    const value: unknown = form.control ? get(form.control._formValues, name) : undefined;
    const defaultValue = typeof value === "string" || typeof value === "number" ? String(value) : undefined;
    const registered = form.register(name);
    const ref = (el: HTMLElement | null) => {
      registered.ref(el);
      keepTypedBeforeHydration(el);
    };
    return {
      id: prefix ? `${prefix}-${path}` : path,
      error: error?.message,
      control: { ...registered, ref, ...(defaultValue === undefined ? {} : { defaultValue }) },
    };
  };
}

/**
 * A checkbox registered in `form`, checked in the server's HTML as it is in the form's values (the
 * same reason as fieldProps' defaultValue: an edit form arrives as saved, before it is interactive).
 * `value` for one box of a group whose value is the list of checked values.
 */
export function checkboxProps<V extends FieldValues>(
  form: { register: UseFormRegister<V>; control: Control<V> },
  name: Path<V>,
  value?: string,
) {
  const current: unknown = get(form.control._formValues, name);
  const checked = Array.isArray(current) ? value !== undefined && current.includes(value) : current === true;
  return {
    type: "checkbox" as const,
    ...(value === undefined ? {} : { value }),
    defaultChecked: checked,
    ...form.register(name),
  };
}
