import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { canEditRegistration, REGISTRATION_STATUS_LABELS } from "@/domain/registration/rules";
import { findMyRegistration } from "@/server/data/registrations";
import { listOrganisationChoices } from "@/server/data/organisations";
import { listPeopleChoices } from "@/server/data/people";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { RegistrationGrid } from "./registration-grid";
import { saveRegistrationAction, sendRegistrationAction } from "./actions";
import { ReopenForm } from "./tong-hop/review-forms";
import { RoundFilter } from "@/components/ui/round-filter";
import { isMyUnit } from "@/server/data/scope";
import { todayInVietnam } from "@/lib/dates";

export const metadata: Metadata = { title: "Đăng ký thi đua" };

export default async function MyRegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nam?: string }>;
}) {
  const { id } = await params;
  const asked = Number((await searchParams).nam) || undefined;
  const actor = await requirePermission("plan.read");
  const mine = await orNotFound(findMyRegistration(actor, id, new Date(), asked));
  // The issuing unit registers for its own plan too, and may reopen its own registration.
  const reopenOwn = !mine.window.open && isMyUnit(actor, mine.plan.unitId) && can(actor.roles, "registration.review");
  const status = mine.registration?.status ?? "NOT_SENT";
  const editable = mine.window.open && canEditRegistration(status) && can(actor.roles, "registration.write");
  const [organisations, people] = await Promise.all([listOrganisationChoices(actor), listPeopleChoices(actor)]);
  return (
    <>
      <PageHeader
        title="Đăng ký danh hiệu thi đua, hình thức khen thưởng"
        description={
          <>
            {actor.unit.name} đăng ký theo kế hoạch{" "}
            <Link href={`/ke-hoach/${mine.plan.id}`} className="text-blue-800 underline">
              {mine.plan.title}
            </Link>{" "}
            ({mine.plan.unit.name}){mine.years.length > 1 ? ` · năm ${mine.year}` : ""} · Trạng thái:{" "}
            <strong>{REGISTRATION_STATUS_LABELS[status]}</strong>
          </>
        }
      />
      <RoundFilter
        path={`/ke-hoach/${mine.plan.id}/dang-ky`}
        param="nam"
        label="Năm đăng ký"
        rounds={mine.years.map((y) => ({ key: String(y), label: `Năm ${y}` }))}
        current={String(mine.year)}
      />
      <p className="mb-4">
        <a href={`/ke-hoach/${mine.plan.id}/dang-ky/in?nam=${mine.year}`} className="text-blue-800 underline">
          In bảng đăng ký (.docx)
        </a>
      </p>
      <div className="mb-4 space-y-2">
        {!mine.window.open ? <Notice tone="error">{mine.window.reason}</Notice> : null}
        {reopenOwn ? (
          <ReopenForm planId={mine.plan.id} year={mine.year} unitName={actor.unit.name} today={todayInVietnam()} />
        ) : null}
        {status === "RETURNED" && mine.registration?.returnReason ? (
          <Notice tone="error">Bị trả lại: {mine.registration.returnReason}</Notice>
        ) : null}
        {mine.columns.length === 0 ? (
          <Notice tone="info">Kế hoạch chưa mở danh hiệu, hình thức nào để đăng ký.</Notice>
        ) : null}
      </div>
      <RegistrationGrid
        columns={mine.columns.map((c) => ({ code: c.code, name: c.name, group: c.group }))}
        initialRows={mine.rows.map((r, i) => ({
          key: r.id,
          kind: r.kind,
          organisationId: r.organisationId ?? undefined,
          personId: r.personId ?? undefined,
          label: r.label,
          items: r.items,
          commitment: r.commitment,
          warnings: mine.warnings[i]!.map((w) => `${w.message} (${w.article})`),
        }))}
        organisations={organisations.map((o) => ({ id: o.id, label: o.name }))}
        people={people.map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }))}
        unitName={actor.unit.name}
        editable={editable}
        rowVersion={mine.registration?.rowVersion ?? null}
        save={saveRegistrationAction.bind(null, mine.plan.id, mine.year)}
        send={sendRegistrationAction.bind(null, mine.plan.id, mine.year)}
      />
    </>
  );
}
