/**
 * A district plan for the demo's registration flow: Xã Đình Dù's registration table (seed 001)
 * answers "Kế hoạch của UBND huyện Văn Lâm về việc phát động phong trào thi đua cải cách hành chính
 * huyện Văn Lâm năm 2024", whose text is not among the seeds. This stand-in is INVENTED apart from
 * what seed 001 tells of it (its subject, the 26/04/2024 registration deadline, the columns of the
 * registration table); it is seeded already issued.
 */
import { UNIT_CODES as U } from "./unit-codes";

/** Seed 001's dossier for district-level awards, the documents that are per nominee. */
const DOSSIER = [
  { name: "Báo cáo thành tích", template: "Mẫu số 03, Nghị định 98/2023/NĐ-CP", copies: 1 },
  { name: "Biên bản và kết quả bỏ phiếu của Hội đồng thi đua, khen thưởng", template: "", copies: 1 },
];

export const demoPlans = [
  {
    unitCode: U.vanLam,
    kind: "ANNUAL" as const,
    status: "ISSUED" as const,
    number: "18",
    symbol: "KH-UBND",
    place: "Văn Lâm",
    issuedOn: "2024-04-05",
    title: "Phát động phong trào thi đua cải cách hành chính huyện Văn Lâm năm 2024",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    purposes: [
      "Tạo khí thế thi đua sôi nổi, động viên các tập thể, cá nhân thực hiện tốt nhiệm vụ cải cách hành chính năm 2024.",
    ],
    requirements: ["Việc bình xét thi đua, khen thưởng bảo đảm công khai, dân chủ, đúng đối tượng, tiêu chuẩn."],
    contents: [
      "Thi đua thực hiện các nhiệm vụ cải cách hành chính theo kế hoạch năm 2024 của UBND huyện.",
      "Thi đua đề xuất các giải pháp, sáng kiến trong cải cách hành chính.",
    ],
    participantCollectives: ["Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn."],
    participantIndividuals: [
      "Cán bộ, công chức, viên chức, người lao động các cơ quan, đơn vị, UBND các xã, thị trấn.",
    ],
    // The columns of seed 001's table, less "Hoàn thành nhiệm vụ" (a performance rating, not a title).
    registrationItems: [
      "LDTT",
      "CSTD_CS",
      "CSTD_TINH",
      "CSTD_TQ",
      "GK_CT_HUYEN",
      "BK_CT_TINH",
      "BK_TTG",
      "HCLD_HANG_BA",
    ],
    registrationDeadline: "2024-04-26",
    dossierDeadline: "2024-12-10",
    budgetSource: "Quỹ thi đua, khen thưởng của huyện.",
    recipients: ["UBND các xã, thị trấn", "Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Demo",
    awardForms: [
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Văn Lâm",
        conferral: "OWN" as const,
        recipientKind: "COLLECTIVE" as const,
        catalogueCode: "GK_CT_HUYEN",
        quota: 5,
        criteria: ["Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2024."],
        dossier: DOSSIER,
      },
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Văn Lâm",
        conferral: "OWN" as const,
        recipientKind: "INDIVIDUAL" as const,
        catalogueCode: "GK_CT_HUYEN",
        quota: 10,
        criteria: ["Hoàn thành xuất sắc nhiệm vụ được giao."],
        dossier: DOSSIER,
      },
    ],
  },
];
