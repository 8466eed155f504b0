"use client";

/**
 * The data table's controls: the URL as its state (useUrlNavigation), the search box, the page-size
 * select and the sort icon. Kept apart from data-table.tsx so the table's markup reads on its own.
 */
import { useCallback, useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { MAX_QUERY_LENGTH, TABLE_PARAM_KEYS as K, normalizeQuery } from "@/lib/table-url";
/**
 * Merges changes into the current query string and replaces the URL inside a transition, so
 * the old page stays on screen (and `isPending` is true) while the server renders the new one.
 * Values: string = set, null = remove, undefined = leave as is. Other params (filters) survive.
 */
export function useUrlNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  // useSearchParams lags until a navigation commits; without this, sorting while a search is
  // still in flight would build on the old URL and drop the search.
  const requested = useRef<string | null>(null);
  useEffect(() => {
    requested.current = null;
  }, [searchParams]);

  const navigate = useCallback(
    (changes: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams(requested.current ?? searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else if (value !== undefined) next.set(key, value);
      }
      const query = next.toString();
      requested.current = query;
      startTransition(() => {
        router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
      });
    },
    [router, pathname, searchParams],
  );

  return { navigate, isPending };
}

/** Debounced search box; Enter searches at once. */
export function SearchBox({
  q,
  placeholder,
  onSearch,
}: {
  q: string;
  placeholder?: string;
  onSearch: (q: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(q);
  // `seenQ`: the URL's q at the last render. `sentQ`: the q we last asked for. When the URL's q
  // changes to something we did not send (back button, a link), it replaces the input; our own
  // round trip must not, or letters typed meanwhile would vanish.
  const [seenQ, setSeenQ] = useState(q);
  const [sentQ, setSentQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    if (q !== sentQ) {
      setSentQ(q);
      setText(q);
    }
  }

  const commit = useCallback(
    (value: string) => {
      const next = normalizeQuery(value);
      if (next === sentQ) return;
      setSentQ(next);
      onSearch(next);
    },
    [sentQ, onSearch],
  );

  useEffect(() => {
    if (normalizeQuery(text) === sentQ) return;
    const timer = setTimeout(() => commit(text), 300);
    return () => clearTimeout(timer);
  }, [text, sentQ, commit]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    commit(text);
  }

  return (
    <form role="search" onSubmit={onSubmit} className="w-full max-w-sm space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Tìm kiếm
      </label>
      <input
        id={id}
        type="search"
        name={K.q}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={placeholder}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-600 focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700"
      />
    </form>
  );
}

export function PageSizeSelect({
  value,
  options,
  onChange,
}: {
  value: number;
  options: readonly number[];
  onChange: (size: number) => void;
}) {
  const id = useId();
  // A custom defaultPageSize outside the list must still show as selected.
  const sizes = options.includes(value) ? options : [...options, value].sort((a, b) => a - b);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id}>Số dòng mỗi trang</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className="rounded-md border border-slate-500 bg-white py-1.5 pl-2 pr-7 text-sm text-slate-900 focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700"
      >
        {sizes.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Decorative: the direction is announced through `aria-sort` on the header cell. */
export function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 12 16"
      className={`h-4 w-3 shrink-0 ${direction ? "text-slate-900" : "text-slate-500"}`}
      fill="currentColor"
    >
      {direction !== "desc" ? <path d="M6 2 10 7H2z" /> : null}
      {direction !== "asc" ? <path d="M6 14 2 9h8z" /> : null}
    </svg>
  );
}
