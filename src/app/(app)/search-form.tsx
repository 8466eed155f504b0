import Form from "next/form";

const TONES = {
  // In the header: a white box, its button outlined in white on the brand colour.
  dark: {
    input: "border-white bg-white text-slate-900 placeholder:text-slate-600 focus-visible:ring-amber-300",
    button: "border-white text-white hover:bg-white hover:text-brand-800 focus-visible:ring-white",
  },
  light: {
    input: "border-slate-500 bg-white text-slate-900 placeholder:text-slate-600 focus-visible:ring-blue-700",
    button: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800 focus-visible:ring-blue-700",
  },
} as const;

/**
 * The search box: a GET form to /tim-kiem?q=… (next/form navigates on the client, and without
 * JavaScript it is an ordinary form). `id` keeps the header's and the page's labels apart.
 */
export function SearchForm({
  id,
  tone,
  defaultValue = "",
}: {
  id: string;
  tone: keyof typeof TONES;
  defaultValue?: string;
}) {
  const styles = TONES[tone];
  return (
    <Form action="/tim-kiem" role="search" className="flex w-full items-center gap-2">
      {/* Short on purpose: a label naming "tổ chức", "kế hoạch"… would also answer to the page's own
          fields of those names (getByLabel, and a screen reader's list of form fields). */}
      <label htmlFor={id} className="sr-only">
        Tra cứu nhanh
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Tìm người, tổ chức…"
        maxLength={100}
        autoComplete="off"
        className={`min-h-10 w-full min-w-0 rounded-md border px-3 text-sm focus:outline-none focus-visible:ring-2 ${styles.input}`}
      />
      <button
        type="submit"
        className={`min-h-10 shrink-0 rounded-md border px-3 text-sm font-medium focus:outline-none focus-visible:ring-2 ${styles.button}`}
      >
        Tìm
      </button>
    </Form>
  );
}
