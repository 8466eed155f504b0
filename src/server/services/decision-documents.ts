import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { findDecision } from "@/server/data/awards";
import { findPlan } from "@/server/data/plan-reads";
import { decisionDocx, type DecisionAwardee, type DecisionInput } from "@/server/documents/decision-docx";
import { decisionPdf } from "@/server/documents/decision-pdf";
import { certificatePdf, type CertificateInput } from "@/server/documents/certificate-pdf";
import { conflict } from "@/domain/errors";
import { amountFor, basisOf } from "@/domain/awards/amounts";
import { certificateTitle, decisionVerbs } from "@/domain/awards/reward";
import { conferringAuthority } from "@/domain/catalogue/conferring-authority";
import { lawBases } from "@/domain/law/citations";
import { dayMonthYear, numberLine, upper } from "@/domain/text/format";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { toIsoDate } from "@/lib/dates";

/**
 * A signed award decision as its documents: the decision (.docx, decision-docx.ts, and the same
 * outline as a PDF, decision-pdf.ts) and the certificates (.pdf, certificate-pdf.ts). The data layer
 * decides who may read the decision; this file only words it.
 *
 * Bases, articles and wording come from the legal calendar (src/domain/law) by the decision's own
 * date: the law and the decree detailing it that day (Luật 2003 and NĐ 91/2017 until 31/12/2023,
 * Luật 2022 with NĐ 98/2023 until 30/6/2025, then NĐ 152/2025), the text that gives the signer the
 * power to confer where it is not the law (NĐ 129/2025 Điều 59 for a commune chair from 1/7/2025),
 * then the plan the nominees were proposed under.
 */

type FoundDecision = Awaited<ReturnType<typeof findDecision>>;
/** The plan as the bases cite it. */
export type CitedPlan = { number: string | null; symbol: string; issuedOn: Date | null; title: string };

/** "Thi đua …" → "thi đua …" inside a sentence; a leading acronym ("UBND …") stays as written. */
const lowerFirst = (s: string) => (/^\p{Lu}{2,}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1));

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
  const dated = plan.issuedOn ? ` ${dayMonthYear(toIsoDate(plan.issuedOn))}` : "";
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

/**
 * How Điều 2 words the amounts: for money by the coefficient, from the legal calendar by the
 * decision date where every amount is the one it computes; else as signed (the plan's fixed sum or
 * gift's value, or the chair's figure and reason).
 */
function amountBasisOf({ decision, form }: FoundDecision, decidedOn: string): string {
  if (decision.rewardKind !== "CATALOGUE") return form.amountBasis;
  const code = decision.awards[0]?.catalogueCode ?? null;
  const paid = decision.awards.filter((a) => a.amount !== null);
  const computed = paid.map((a) =>
    amountFor({ catalogueCode: code, cashValue: null, rewardKind: "CATALOGUE", kind: a.kind, decidedOn }),
  );
  const asComputed = paid.length > 0 && paid.every((a, k) => computed[k]?.amount === a.amount);
  return asComputed ? basisOf(computed) : form.amountBasis;
}

/** The form as its wording rules read it: its name as signed and the catalogue entry it conferred. */
const signedForm = ({ decision, form }: FoundDecision) => ({
  name: form.name,
  catalogueCode: decision.awards[0]?.catalogueCode ?? null,
});

/** The "Căn cứ" lines: the law and decree of the decision date, the signer's power where another text gives it. */
function legalBases({ decision }: FoundDecision, decidedOn: string): string[] {
  const code = decision.awards[0]?.catalogueCode;
  const power = code ? conferringAuthority(code, decision.unit.kind, decidedOn) : null;
  return [...lawBases(decidedOn), ...(power?.confers && power.basis ? [power.basis] : [])];
}

/**
 * What both documents say about why: "đã có thành tích xuất sắc trong phong trào thi đua theo Kế
 * hoạch số …", and for a form given in rounds the round: a ten-year plan awards every year, and its
 * decision must say which year (or review) it is for — ", đợt năm 2024", ", đợt sơ kết giai đoạn …".
 */
const reasonOf = (plan: CitedPlan, round: { key: string; label: string }) =>
  `đã có thành tích xuất sắc trong phong trào thi đua theo ${planReference(plan)}${round.key === "ONCE" ? "" : `, đợt ${lowerFirst(round.label)}`}`;

export function toDecisionInput(found: FoundDecision, plan: CitedPlan): DecisionInput {
  const { decision, form } = found;
  const decidedOn = toIsoDate(decision.decidedOn);
  const authority = authorityOf(decision.unit.name);
  const awardees: DecisionAwardee[] = decision.awards.map((a) => ({
    kind: a.kind,
    name: a.label,
    detail: detailOf(a),
    amount: a.amount,
  }));
  const basis = amountBasisOf(found, decidedOn);
  const paid = awardees.some((a) => (a.amount ?? 0) > 0);
  const verbs = decisionVerbs(signedForm(found), decision.rewardKind);
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
    subject: `Về việc ${verbs.subject(whom(decision.awards))} ${reasonOf(plan, decision.awardRound).replace(/^đã /u, "")}`,
    bases: [...legalBases(found, decidedOn), planBasis(plan, authority)],
    proposedBy: `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${unitNameInSentence(decision.unit.name)}`,
    formName: form.name,
    reason: reasonOf(plan, decision.awardRound),
    awardees,
    amountBasis: basis
      ? `${decision.rewardKind === "GIFT" ? "Giá trị quà tặng" : "Mức thưởng"}: ${lowerFirst(basis)}`
      : "",
    reward: { ...signedForm(found), kind: decision.rewardKind, gift: decision.giftDescription },
    budgetSource: decision.budgetSource,
    // The article that names who carries the decision out is the last: Điều 3 with money, else Điều 2.
    recipients: [`Như Điều ${paid ? 3 : 2}`, ...recipients],
    signerName: decision.signerName,
  };
}

/**
 * One certificate per awardee still holding the award: a revoked award gets no certificate, nor
 * does a form that has none (a gift or a sum given on its own, `certificateTitle`). The form's
 * title is its name before "của …" ("Giấy khen của Chủ tịch UBND huyện" → "GIẤY KHEN"), the
 * conferring head being printed above it.
 */
export function toCertificates(found: FoundDecision, plan: CitedPlan): CertificateInput[] {
  const { decision } = found;
  const authority = authorityOf(decision.unit.name);
  const title = certificateTitle(signedForm(found));
  if (title === null) return [];
  return decision.awards
    .filter((a) => a.revokedOn === null)
    .map((a) => ({
      issuerTitle: upper(`Chủ tịch ${authority}`),
      formTitle: upper(title),
      recipientName: a.label,
      recipientDetail: detailOf(a),
      reason: reasonOf(plan, decision.awardRound),
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

/** The decision as a PDF: the same outline as the .docx, the file a chair signs digitally. */
export async function decisionPdfDocument(actor: Actor, decisionId: string): Promise<DecisionFile> {
  const { found, plan } = await load(actor, decisionId);
  const { number, numberYear } = found.decision;
  return {
    bytes: await decisionPdf(toDecisionInput(found, plan)),
    fileName: `quyet-dinh-${number}-QD-UBND-${numberYear}.pdf`,
  };
}

export async function decisionCertificates(actor: Actor, decisionId: string): Promise<DecisionFile> {
  const { found, plan } = await load(actor, decisionId);
  if (certificateTitle(signedForm(found)) === null)
    throw conflict(`"${found.form.name}" không có giấy khen: quyết định này không in giấy khen.`);
  const certificates = toCertificates(found, plan);
  if (certificates.length === 0)
    throw conflict("Mọi khen thưởng của quyết định này đã bị thu hồi: không còn giấy khen để in.");
  const { number, numberYear } = found.decision;
  return { bytes: await certificatePdf(certificates), fileName: `giay-khen-${number}-QD-UBND-${numberYear}.pdf` };
}
