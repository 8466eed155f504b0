import { requireActor } from "@/server/auth/actor";
import { unitKindLabel } from "@/domain/units/hierarchy";
import { ROLE_LABELS } from "@/domain/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { navLinksFor } from "./nav-links";
import Link from "next/link";
import { myBoard } from "./board-cache";
import { TaskBoard } from "./task-board";

export default async function HomePage() {
  const actor = await requireActor();
  const tasks = await myBoard(actor);
  return (
    <>
      <PageHeader title={actor.unit.name} description={`${unitKindLabel(actor.unit.kind)} · mã ${actor.unit.code}`} />
      <TaskBoard tasks={tasks} />
      <section aria-labelledby="vai-tro" className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="vai-tro" className="font-semibold">
          Vai trò của bạn tại đơn vị
        </h2>
        <ul className="mt-2 list-inside list-disc text-sm">
          {actor.roles.map((r) => (
            <li key={r}>{ROLE_LABELS[r]}</li>
          ))}
        </ul>
      </section>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {navLinksFor(actor.roles)
          .filter((l) => l.href !== "/")
          .map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                className="block rounded-lg border border-slate-300 bg-white p-4 font-medium text-slate-900 hover:border-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
              >
                {l.label}
              </Link>
            </li>
          ))}
      </ul>
    </>
  );
}
