import Link from "next/link";

/**
 * The award rounds (đợt khen thưởng) — or registration years — a board can show, as links
 * (`?dot=<key>`), the shown one marked. Nothing when there is one: a single-round plan reads as
 * before rounds existed.
 */
export function RoundFilter({
  path,
  rounds,
  current,
  param = "dot",
  label = "Đợt khen thưởng",
}: {
  path: string;
  rounds: { key: string; label: string }[];
  current: string;
  param?: string;
  label?: string;
}) {
  if (rounds.length <= 1) return null;
  return (
    <nav aria-label={label} className="mb-4">
      <p className="mb-1 text-sm font-medium text-slate-800">{label}</p>
      <ul className="flex flex-wrap gap-2">
        {rounds.map((r) => (
          <li key={r.key}>
            <Link
              href={`${path}?${param}=${encodeURIComponent(r.key)}`}
              aria-current={r.key === current ? "page" : undefined}
              className={`inline-flex min-h-6 items-center rounded-md border px-3 py-1 text-sm ${
                r.key === current
                  ? "border-blue-800 bg-blue-800 text-white"
                  : "border-slate-300 bg-white text-blue-800 underline"
              }`}
            >
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
