import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findEntry } from "@/domain/catalogue/catalogue";
import { thresholdText, MEETING_STATUS_LABELS } from "@/domain/council/rules";
import { councilRulesFormValues, findCouncil, listUnitUserChoices } from "@/server/data/councils";
import { listMeetings, listSchedulablePlans } from "@/server/data/meetings";
import { listPeopleChoices } from "@/server/data/people";
import { COUNCIL_ROLE_LABELS } from "@/schemas/council";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { findEffectiveCouncilRules } from "@/server/data/council-effective-rules";
import { councilTasks } from "@/server/data/tasks/council";
import { CouncilMemberForm, EndTermForm, MeetingForm, ThresholdForm } from "./council-forms";
import { CouncilRulesForm } from "./council-rules-form";
import { EffectiveRules } from "./effective-rules";
import { deleteCouncilThresholdAction, removeCouncilMemberAction } from "./actions";

export const metadata: Metadata = { title: "Hội đồng thi đua – khen thưởng" };

const box = "mt-6 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6";

/** The managers' tab; members never see it, whatever the address says. */
const SETTINGS_TAB = "thiet-lap";

/**
 * The council as its people use it: the meetings come first — with "Bỏ phiếu ngay" on a meeting
 * whose ballot waits for the member's vote — and the settings (quy chế, members, thresholds) are on a
 * tab of their own that only those who manage the council see. Removing a member or a threshold asks
 * for confirmation first.
 */
export default async function CouncilPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const actor = await requirePermission("council.read");
  const manage = can(actor.roles, "council.manage");
  const settings = manage && (await searchParams).tab === SETTINGS_TAB;
  const [council, meetings, effective, tasks] = await Promise.all([
    findCouncil(actor),
    listMeetings(actor),
    findEffectiveCouncilRules(actor),
    councilTasks(actor),
  ]);
  // The same reading as the task board: ballots open in which I still have someone to vote on.
  const ballotsForMe = new Set(tasks.filter((t) => t.key.startsWith("ballot:")).map((t) => t.key.slice(7)));
  const [users, people, plans] = manage
    ? await Promise.all([
        settings ? listUnitUserChoices(actor) : [],
        settings ? listPeopleChoices(actor) : [],
        settings ? [] : listSchedulablePlans(actor),
      ])
    : [[], [], []];
  return (
    <>
      <PageHeader title="Hội đồng Thi đua – Khen thưởng" description={actor.unit.name} />
      {manage ? (
        <nav aria-label="Trang Hội đồng" className="flex max-w-5xl gap-1 border-b border-slate-300">
          <TabLink href="/hoi-dong" current={!settings}>
            Phiên họp
          </TabLink>
          <TabLink href={`/hoi-dong?tab=${SETTINGS_TAB}`} current={settings}>
            Quy chế, thành viên
          </TabLink>
        </nav>
      ) : null}
      {settings ? (
        <CouncilSettings council={council} unitName={actor.unit.name} users={users} people={people} />
      ) : (
        <>
          <section aria-labelledby="phien-hop" className={box}>
            <h2 id="phien-hop" className="text-lg font-semibold">
              Phiên họp
            </h2>
            {meetings.length === 0 ? (
              <p className="text-sm text-slate-700">Chưa có phiên họp.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {meetings.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="meeting">
                    <Link className="text-blue-800 underline" href={`/hoi-dong/phien-hop/${m.id}`}>
                      Phiên họp ngày {formatViDate(m.heldOn)} – {m.plan.title}
                    </Link>
                    <span>
                      · {m.itemCount} người, tập thể · {MEETING_STATUS_LABELS[m.status]}
                    </span>
                    {ballotsForMe.has(m.id) ? (
                      <Link
                        href={`/hoi-dong/phien-hop/${m.id}#phieu`}
                        className="inline-flex min-h-6 items-center rounded-md bg-blue-800 px-3 py-1 font-medium text-white hover:bg-blue-900"
                      >
                        Bỏ phiếu ngay
                      </Link>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {manage && council && plans.every((p) => p.waiting === 0) ? (
              <p className="text-sm text-slate-700">
                Chưa có kế hoạch nào có hồ sơ chờ Hội đồng: hồ sơ đề nghị phải được thẩm định chấp nhận (kế hoạch của
                đơn vị), hoặc là tờ trình đang soạn của đơn vị gửi cấp trên.
              </p>
            ) : null}
            {manage && !council ? (
              <p className="text-sm text-slate-700">
                Đơn vị chưa lập Hội đồng: lập ở thẻ{" "}
                <Link href={`/hoi-dong?tab=${SETTINGS_TAB}`} className="text-blue-800 underline">
                  Quy chế, thành viên
                </Link>
                .
              </p>
            ) : null}
            {manage && council && plans.some((p) => p.waiting > 0) ? (
              <MeetingForm
                plans={plans
                  .filter((p) => p.waiting > 0)
                  .map((p) => ({
                    id: p.id,
                    label: p.upward
                      ? `${p.title} – đề nghị lên ${p.unit.name} (${p.waiting} người, tập thể chờ Hội đồng)`
                      : `${p.title} (${p.waiting} hồ sơ chờ Hội đồng)`,
                  }))}
                today={todayInVietnam()}
              />
            ) : null}
          </section>
          <section aria-labelledby="quy-dinh" className={box}>
            <h2 id="quy-dinh" className="text-lg font-semibold">
              Quy định đang áp dụng
            </h2>
            <p className="text-sm text-slate-700">
              Phiếu đồng ý tính trên tổng số thành viên, người không bỏ phiếu tính là không đồng ý.
              {council ? "" : " Đơn vị chưa lập Hội đồng."}
            </p>
            <EffectiveRules rules={effective} />
            {manage ? null : (
              <p className="text-sm text-slate-700">
                Quy chế, thành viên và lịch họp do quản trị, cán bộ phụ trách thi đua – khen thưởng hoặc Chủ tịch đơn vị
                cập nhật; thư ký điều hành phiên họp tại trang của từng phiên.
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}

function TabLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`-mb-px inline-flex min-h-10 items-center border-b-2 px-3 text-sm font-medium ${
        current ? "border-blue-800 text-blue-900" : "border-transparent text-slate-700 hover:text-slate-900"
      }`}
    >
      {children}
    </Link>
  );
}

type Council = Awaited<ReturnType<typeof findCouncil>>;

/** The managers' tab: the quy chế, the members (end a term, remove), the thresholds by title. */
function CouncilSettings({
  council,
  unitName,
  users,
  people,
}: {
  council: Council;
  unitName: string;
  users: Awaited<ReturnType<typeof listUnitUserChoices>>;
  people: Awaited<ReturnType<typeof listPeopleChoices>>;
}) {
  return (
    <>
      <section aria-labelledby="quy-che" className={box}>
        <h2 id="quy-che" className="text-lg font-semibold">
          Quy chế hoạt động
        </h2>
        <p className="text-sm text-slate-700">
          Quy chế để trống số dự họp tối thiểu, ý kiến bằng văn bản thì áp dụng quy định của tỉnh; tỷ lệ chung dùng cho
          danh hiệu, hình thức mà tỉnh và Nghị định không quy định tỷ lệ.
          {council ? "" : " Đơn vị chưa lập Hội đồng."}
        </p>
        <CouncilRulesForm
          rowVersion={council?.rowVersion ?? null}
          seats={(council?.members ?? []).map((m) => ({
            id: m.id,
            label: `${m.user.name} (${COUNCIL_ROLE_LABELS[m.role]})`,
          }))}
          initial={
            council
              ? councilRulesFormValues(council)
              : {
                  name: `Hội đồng Thi đua – Khen thưởng ${unitNameInSentence(unitName)}`,
                  quorumNumerator: "",
                  quorumDenominator: "",
                  thresholdPercent: 50,
                  thresholdStrict: true,
                  countsWrittenOpinions: "",
                }
          }
        />
      </section>
      {council ? (
        <>
          <section aria-labelledby="thanh-vien" className={box}>
            <h2 id="thanh-vien" className="text-lg font-semibold">
              Thành viên ({council.members.length})
            </h2>
            <ul className="space-y-3 text-sm">
              {council.members.map((m) => (
                <li
                  key={m.id}
                  className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-3"
                  data-testid="council-member"
                >
                  <div>
                    <p className="font-medium">{m.user.name}</p>
                    <p className="text-slate-700">
                      {COUNCIL_ROLE_LABELS[m.role]} · nhiệm kỳ {formatViDate(m.termFrom)} –{" "}
                      {m.termTo ? formatViDate(m.termTo) : "nay"}
                    </p>
                  </div>
                  <div className="space-y-2">
                    {m.termTo ? null : (
                      <details>
                        <summary className="cursor-pointer text-blue-800 underline">Kết thúc nhiệm kỳ</summary>
                        <EndTermForm memberId={m.id} name={m.user.name} today={todayInVietnam()} />
                      </details>
                    )}
                    <DeleteButton
                      label={`Bỏ ${m.user.name}`}
                      action={removeCouncilMemberAction.bind(null, m.id)}
                      confirmText={`Bỏ ${m.user.name} khỏi Hội đồng? Thao tác này không hoàn tác được.`}
                    />
                  </div>
                </li>
              ))}
            </ul>
            <CouncilMemberForm
              users={users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` }))}
              people={people.map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }))}
            />
          </section>
          <section aria-labelledby="ty-le" className={box}>
            <h2 id="ty-le" className="text-lg font-semibold">
              Tỷ lệ riêng theo danh hiệu, hình thức
            </h2>
            {council.thresholds.length === 0 ? (
              <p className="text-sm text-slate-700">
                Chưa có: áp dụng tỷ lệ của tỉnh, của Nghị định hoặc tỷ lệ chung (xem “Quy định đang áp dụng”).
              </p>
            ) : (
              <ul className="space-y-2 text-sm">
                {council.thresholds.map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {findEntry(t.catalogueCode)?.name ?? t.catalogueCode}: {thresholdText(t)}
                    </span>
                    <DeleteButton
                      label={`Bỏ tỷ lệ ${findEntry(t.catalogueCode)?.name ?? t.catalogueCode}`}
                      action={deleteCouncilThresholdAction.bind(null, t.id)}
                      confirmText={`Bỏ tỷ lệ riêng của “${findEntry(t.catalogueCode)?.name ?? t.catalogueCode}”? Sau đó áp dụng tỷ lệ của tỉnh, của Nghị định hoặc tỷ lệ chung.`}
                    />
                  </li>
                ))}
              </ul>
            )}
            <ThresholdForm />
          </section>
        </>
      ) : null}
    </>
  );
}
