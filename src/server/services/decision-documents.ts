import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { findDecision } from "@/server/data/awards";
import { findPlan } from "@/server/data/plan-reads";
import { decisionDocx, type DecisionAwardee, type DecisionInput } from "@/server/documents/decision-docx";
import { certificatePdf, type CertificateInput } from "@/server/documents/certificate-pdf";
import { conflict } from "@/domain/errors";
import { numberLine, placeDate } from "@/domain/text/format";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { toIsoDate } from "@/lib/dates";

/**
 * A signed award decision as its two documents: the decision (.docx, decision-docx.ts) and the
 * certificates (.pdf, certificate-pdf.ts). The data layer decides who may read the decision; this
 * file only words it.
 *
 * The bases cite the Law on Emulation and Commendation of 15/6/2022 and the decree detailing it
 * on the decision date — Nghị định 98/2023/NĐ-CP until 30/6/2025, Nghị định 152/2025/NĐ-CP from
 * 01/7/2025 (it replaced 98/2023 that day, see the catalogue) — then the plan the nominees were
 * proposed under. The decrees' titles are cited as they are commonly quoted; their official texts
 * could not be read here.
 */

type FoundDecision = Awaited<ReturnType<typeof findDecision>>;
/** The plan as the bases cite it. */
export type CitedPlan = { number: string | null; symbol: string; issuedOn: Date | null; title: string };

const LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
const DECREE_98 =
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng";
const DECREE_152 =
  "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng";
const DECREE_152_FROM = "2025-07-01";

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
/** "Thi đua …" → "thi đua …" inside a sentence; a leading acronym ("UBND …") stays as written. */
const lowerFirst = (s: string) => (/^\p{Lu}{2,}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1));
/** "ngày 05 tháng 02 năm 2026", as ND 30 writes a date in running text. */
const longDate = (iso: string) => placeDate("", iso, iso.slice(0, 4)).replace(/^, /u, "");

/** "Huyện Văn Lâm" → "Ủy ban nhân dân huyện Văn Lâm": the People's Committee whose chair decides. */
function authorityOf(unitName: string): string {
  const name = unitName.trim();
  return /^(ủy|uỷ) ban nhân dân\s/iu.test(name) ? name : `Ủy ban nhân dân ${unitNameInSentence(name)}`;
}

/** "Kế hoạch số 01/KH-UBND", or by its title when it has no number. */
function planReference(plan: CitedPlan): string {
  return plan.number
    ? `Kế hoạch số ${numberLine(plan.number, plan.symbol).replace(/^Số:\s*/u, "")}`
    : `Kế hoạch về ${lowerFirst(plan.title.trim())}`;
}

function planBasis(plan: CitedPlan, authority: string): string {
  const dated = plan.issuedOn ? ` ${longDate(toIsoDate(plan.issuedOn))}` : "";
  const reference = plan.number
    ? `${planReference(plan)}${dated} của ${authority} về ${lowerFirst(plan.title.trim())}`
    : `${planReference(plan)} của ${authority}`;
  return `Căn cứ ${reference}`;
}

/** The awardees as the subject names them: the one awardee, or "các tập thể, cá nhân". */
function whom(awards: FoundDecision["decision"]["awards"]): string {
  if (awards.length === 1) return awards[0]!.label;
  const kinds = (["COLLECTIVE", "INDIVIDUAL"] as const).filter((k) => awards.some((a) => a.kind === k));
  return `các ${kinds.map((k) => (k === "COLLECTIVE" ? "tập thể" : "cá nhân")).join(", ")}`;
}

/** "Công chức, xã Một" for a person; the collective's unit when the collective is not the unit itself. */
function detailOf(award: FoundDecision["decision"]["awards"][number]): string {
  if (award.kind === "INDIVIDUAL")
    return [award.person?.position, unitNameInSentence(award.unit.name)].filter(Boolean).join(", ");
  return award.label === award.unit.name ? "" : award.unit.name;
}

/** What both documents say about why: "đã có thành tích xuất sắc trong phong trào thi đua theo Kế hoạch số …". */
const reasonOf = (plan: CitedPlan) => `đã có thành tích xuất sắc trong phong trào thi đua theo ${planReference(plan)}`;

export function toDecisionInput({ decision, form }: FoundDecision, plan: CitedPlan): DecisionInput {
  const decidedOn = toIsoDate(decision.decidedOn);
  const authority = authorityOf(decision.unit.name);
  const awardees: DecisionAwardee[] = decision.awards.map((a) => ({
    kind: a.kind,
    name: a.label,
    detail: detailOf(a),
    amount: a.amount,
  }));
  const basis = form.amountBasis || undefined;
  const paid = awardees.some((a) => (a.amount ?? 0) > 0);
  // The plan's addressees (the units taking part) receive its decisions too; the registry always
  // keeps a copy ("Lưu: VT", Nghị định 30/2020/NĐ-CP).
  const recipients = decision.plan.recipients.some((r) => /^\W*lưu\b/iu.test(r))
    ? decision.plan.recipients
    : [...decision.plan.recipients, "Lưu: VT"];
  return {
    authorityName: authority,
    // A People's Committee heads its own documents: no governing body line above "ỦY BAN NHÂN
    // DÂN" (Nghị định 30/2020/NĐ-CP, Phụ lục I), as for plans (plan-mapping.ts).
    parentAuthorityName: null,
    number: decision.number,
    place: decision.plan.place,
    date: decidedOn,
    chairTitle: upper(`Chủ tịch ${authority}`),
    subject: `Về việc tặng ${form.name} cho ${whom(decision.awards)} ${reasonOf(plan).replace(/^đã /u, "")}`,
    bases: [LAW, decidedOn >= DECREE_152_FROM ? DECREE_152 : DECREE_98, planBasis(plan, authority)],
    proposedBy: `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${unitNameInSentence(decision.unit.name)}`,
    formName: form.name,
    reason: reasonOf(plan),
    awardees,
    amountBasis: basis ? `Mức thưởng: ${lowerFirst(basis)}` : "",
    budgetSource: decision.budgetSource,
    // The article that names who carries the decision out is the last: Điều 3 with money, else Điều 2.
    recipients: [`Như Điều ${paid ? 3 : 2}`, ...recipients],
    signerName: decision.signerName,
  };
}

/**
 * One certificate per awardee still holding the award: a revoked award gets no certificate. The
 * form's title is its name before "của …" ("Giấy khen của Chủ tịch UBND huyện" → "GIẤY KHEN"),
 * the conferring head being printed above it.
 */
export function toCertificates({ decision, form }: FoundDecision, plan: CitedPlan): CertificateInput[] {
  const authority = authorityOf(decision.unit.name);
  return decision.awards
    .filter((a) => a.revokedOn === null)
    .map((a) => ({
      issuerTitle: upper(`Chủ tịch ${authority}`),
      formTitle: upper(form.name.split(/\s+của\s+/u)[0]!.trim()),
      recipientName: a.label,
      recipientDetail: detailOf(a),
      reason: reasonOf(plan),
      decisionNumber: a.decisionNumber,
      decisionDate: toIsoDate(decision.decidedOn),
      place: decision.plan.place,
      signerName: decision.signerName,
      registryNumber: null,
    }));
}

async function load(actor: Actor, decisionId: string) {
  const found = await findDecision(actor, decisionId);
  const plan = await findPlan(actor, found.decision.planId);
  return { found, plan };
}

export type DecisionFile = { bytes: Buffer; fileName: string };

export async function decisionDocument(actor: Actor, decisionId: string): Promise<DecisionFile> {
  const { found, plan } = await load(actor, decisionId);
  const { number, numberYear } = found.decision;
  return {
    bytes: await decisionDocx(toDecisionInput(found, plan)),
    fileName: `quyet-dinh-${number}-QD-UBND-${numberYear}.docx`,
  };
}

export async function decisionCertificates(actor: Actor, decisionId: string): Promise<DecisionFile> {
  const { found, plan } = await load(actor, decisionId);
  const certificates = toCertificates(found, plan);
  if (certificates.length === 0)
    throw conflict("Mọi khen thưởng của quyết định này đã bị thu hồi: không còn giấy khen để in.");
  const { number, numberYear } = found.decision;
  return { bytes: await certificatePdf(certificates), fileName: `giay-khen-${number}-QD-UBND-${numberYear}.pdf` };
}
