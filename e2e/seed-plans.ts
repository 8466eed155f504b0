import type { TPlanInput } from "../src/schemas/plan";

/**
 * The three real plans of /work/shared/seeds/ (see README.md there) as `ZPlanInput` data: what the
 * e2e types into the plan form, issues and prints, and what unit tests parse.
 *
 * Conventions (the same for every seed):
 * - Wording is the original's, typos included ("kinh tế - thị trấn hội", "Đinh Dù", "suất sắc",
 *   "đầy mạnh", "cá nhân;tuyên truyền"…). Only hard-wrapped lines are re-joined (a break after
 *   "NĐ-" / "QĐ-" joins without a space) and whitespace is collapsed.
 * - List markers ("- ", "+ ", "1. ", "a) ", "a. ") are dropped: the array order is the numbering.
 *   An item keeps its terminal punctuation as printed ("." / ";" / "," / none), except:
 *   recipients (no "- ", no trailing ";"/"."), titles, bases and dossier item names (no terminal
 *   punctuation: they are names the app composes into sentences), and a lone paragraph that was
 *   an item of a list in the original and now fills a text field (budgetSource) loses its ";".
 * - Bases: one `{ text }` per cited document, starting at the document ("Kế hoạch số …",
 *   "Quyết định số …"), without the leading "Thực hiện" / "Căn cứ": the printed plan adds the verb,
 *   as the app's own citation of a higher plan does (src/server/data/plans.ts).
 * - Duties: `assignee` is the office named in "TỔ CHỨC THỰC HIỆN"; when the original states the
 *   duty as one sentence with the office as subject ("Công chức Văn phòng - thống kê có trách
 *   nhiệm …"), the task is the whole sentence, unchanged.
 * - Free-text fields that hold several paragraphs (rewardRules) separate them with "\n" and keep
 *   their "- " markers, so they print as in the original.
 * - Dossier items: `copies` is what the text says ("(01 bản)", "01 bộ"); where it says nothing
 *   (seed 000) 1 is used, the schema's minimum. `template` is "Mẫu số NN, Nghị định …" when the
 *   text cites a form, else "".
 * - An award form is listed once per (form, recipient kind); the dossier list is repeated on each
 *   form it applies to.
 * - Texts the schema has no field for are kept verbatim in `notHeldBySchema` below.
 */
export type SeedPlan = {
  seedFile: string;
  /** Official code of the issuing unit (Thị trấn Cổ Lễ 14026, Xã Đình Dù 12004, Huyện Hớn Quản 694). */
  unitCode: string;
  officerEmail: string;
  chairEmail: string;
  number: string;
  issuedOn: string;
  plan: TPlanInput;
};

// ---------------------------------------------------------------------------------------------
// 000 — UBND thị trấn Cổ Lễ (huyện Trực Ninh, tỉnh Nam Định), 2024
// ---------------------------------------------------------------------------------------------

const coLeCollectiveCriteria = [
  "Thực hiện tốt công tác lãnh đạo, chỉ đạo tổ chức triển khai thực hiện hoàn thành tốt các nhiệm vụ phát triển kinh tế - xã hội, công tác tuyên truyền vận động người dân tham gia xây dựng chính quyền vững mạnh.",
  "Triển khai thực hiện tốt các nhiệm vụ về công tác CCHC; tổ chức tuyên truyền về công tác CCHC với nhiều hình thức thích hợp đạt hiệu quả cao, nhất là tuyên truyền người dân, tổ chức giao dịch giải quyết TTHC trên dịch vụ công trực tuyến.",
];

const coLeIndividualCriteria = [
  "Tham mưu, triển khai thực hiện tốt các nhiệm vụ trong Kế hoạch CCHC của UBND thị trấn, đảm bảo chất lượng và đúng thời gian quy định.",
  "Có thành tích xuất sắc, tiêu biểu trong lãnh đạo, chỉ đạo hoặc tham mưu thực hiện cải cách hành chính tại đơn vị; có sáng kiến hoặc giải pháp trong công tác cải cách hành chính mang tính mới, tính thiết thực, hiệu quả, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc, tạo đột phá trong công tác cải cách hành chính, áp dụng hiệu quả ứng dụng công nghệ thông tin năm 2024 theo đánh giá của Chủ tịch UBND thị trấn.",
  "Có phẩm chất đạo đức tốt, đoàn kết, gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.",
  "Thực hiện nghiêm kỷ luật, kỷ cương hành chính (không vi phạm kỷ luật, kỷ cương hành chính)",
  "Hoàn thành tốt các nhiệm vụ trong năm 2024 trở lên theo đánh giá của Chủ tịch UBND thị trấn, là đảng viên được BCH Đảng ủy xét hoàn thành tốt nhiệm vụ trở lên.",
];

/**
 * The proposals to the district chair are "đối với cá nhân có những sáng kiến trong công tác CCHC"
 * (V.1.b): that condition, as its own first line, then the individual criteria of V.2.b.
 */
const coLeProposedCriteria = ["Cá nhân có những sáng kiến trong công tác CCHC.", ...coLeIndividualCriteria];

/**
 * V.3 "Thủ tục, hồ sơ đề nghị khen thưởng" (applies to every form). The text gives no number of
 * copies: 1. Item 3's full note reads "(Thực hiện theo mẫu Báo cáo thành tích số 03 Phụ lục kèm
 * theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ)".
 */
const coLeDossier = [
  { name: "Văn bản đề nghị kèm theo Danh sách các tập thể, cá nhân đề nghị khen thưởng", template: "", copies: 1 },
  { name: "Biên bản bình xét khen thưởng", template: "", copies: 1 },
  {
    name: "Báo cáo thành tích của các tập thể, cá nhân được đề nghị khen thưởng",
    template: "Mẫu số 03, Nghị định 98/2023/NĐ-CP",
    copies: 1,
  },
  { name: "Biên bản họp Hội đồng Thi đua - Khen thưởng của thị trấn", template: "", copies: 1 },
];

const coLe: SeedPlan = {
  seedFile: "000_d2b9d9a47977116e.txt",
  unitCode: "14026",
  officerEmail: "canbo.cole@thidua.vn",
  chairEmail: "chutich.cole@thidua.vn",
  // INVENTED: the extracted text has no "Số: …" and no date line. 21 follows the town's own
  // Kế hoạch số 08/KH-UBND of 15/01/2024; 04/03/2024 follows the district's plan of 20/02/2024.
  number: "21",
  issuedOn: "2024-03-04",
  plan: {
    kind: "ANNUAL",
    title: "Phát động phong trào thi đua thực hiện nhiệm vụ công tác Cải cách hành chính thị trấn Cổ Lễ năm 2024",
    place: "Cổ Lễ",
    symbol: "KH-UBND",
    // IV: "từ ngày UBND thị trấn ban hành kế hoạch đến hết năm 2024" → from the (invented) issue date.
    periodFrom: "2024-03-04",
    periodTo: "2024-12-31",
    bases: [
      {
        text: "Kế hoạch số 125/KH-UBND ngày 28/10/2021 của UBND tỉnh về phát động và triển khai phong trào thi đua “Đẩy mạnh cải cách hành chính tỉnh Nam Định giai đoạn 2021-2025”",
      },
      {
        text: "Kế hoạch số 25/KH-UBND ngày 20/02/2024 của UBND huyện Trực Ninh về việc phát động và triển khai phong trào thi đua thực hiện nhiệm vụ cải cách hành chính năm 2024",
      },
      { text: "Kế hoạch số 08/KH-UBND ngày 15/01/2024 của UBND thị trấn về cải cách hành chính năm 2024" },
    ],
    purposes: [
      "Phát huy truyền thống yêu nước, tinh thần chủ động sáng tạo của tập thể, cá nhân, tạo khí thế thi đua sôi nổi cổ vũ, động viên tinh thần, nỗ lực phấn đấu thực hiện tốt Kế hoạch cải cách hành chính (CCHC) năm 2024.",
      "Nâng cao ý thức, trách nhiệm, đạo đức công vụ của đội ngũ cán bộ, công chức, nhất là người đứng đầu đơn vị trong công tác CCHC.",
      "Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua đẩy mạnh công tác cải cách hành chính năm 2024.",
    ],
    requirements: [
      "Nâng cao ý thức, trách nhiệm của cán bộ, công chức trong thực hiện nhiệm vụ, tạo nên sự đột phá trong công tác cải cách hành chính; hướng tới xây dựng nền hành chính hiện đại, hiệu lực, hiệu quả, phục vụ tốt hơn nhu cầu của người dân, tổ chức và doanh nghiệp",
      "Phong trào thi đua phải được triển khai thường xuyên, phát huy được tinh thần đoàn kết, sức sáng tạo của các tập thể, cá nhân trong triển khai thực hiện công tác CCHC.",
      "Gắn việc tổ chức triển khai thực hiện phong trào thi đua với việc thực hiện nhiệm vụ phát triển kinh tế - xã hội và các phong trào thi đua khác của địa phương.",
      "Việc bình xét thi đua, khen thưởng phải bảo đảm kịp thời, dân chủ, khách quan, đúng đối tượng, tiêu chuẩn và thành tích đạt được.",
    ],
    slogan:
      "“Đẩy mạnh cải cách hành chính; thực hiện đạo đức và văn hóa công vụ; nâng cao chất lượng phục vụ người dân, tổ chức, doanh nghiệp; xây dựng nền hành chính hiện đại, năng động, trách nhiệm”.",
    contents: [
      "Thi đua thực hiện các nhiệm vụ cải cách hành chính theo Chương trình tổng thể cải cách hành chính của Chính phủ, kế hoạch theo giai đoạn, hàng năm của UBND tỉnh, của UBND huyện với các nội dung: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và phát triển chính phủ điện tử, chính phủ số.",
      "Thi đua hoàn thành tốt các kế hoạch, sự chỉ đạo của UBND tỉnh, UBND huyện về tổ chức triển khai thực hiện các chỉ tiêu, nhiệm vụ, giải pháp để nâng cao Chỉ số cải cách hành chính, sự hài lòng của người dân, tổ chức, doanh nghiệp đối với sự phục vụ của các cơ quan hành chính nhà nước trong thực hiện thủ tục hành chính.",
      "Thi đua nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ CCHC; thực hiện CCHC theo Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 của Chính phủ và UBND tỉnh; kế hoạch hằng năm, kế hoạch giai đoạn của UBND huyện.",
      "Thi đua trong việc đề xuất các sáng kiến, giải pháp, cách làm mới trong thực hiện nhiệm vụ CCHC nhằm tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực, trọng tâm là cải cách thủ tục hành chính, nâng cao chất lượng phục vụ hành chính.",
      "Thi đua nâng cao văn hóa công vụ, góp phần hình thành phong cách ứng xử, lề lối làm việc chuẩn mực của đội ngũ cán bộ, công chức; đảm bảo tính chuyên nghiệp, trách nhiệm, minh bạch, hiệu quả trong hoạt động thực thi nhiệm vụ, công vụ; đáp ứng yêu cầu phục vụ Nhân dân, xã hội; xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả,",
      "Thi đua đẩy mạnh công tác tuyên truyền các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính và tình hình, kết quả triển khai thực hiện công tác cải cách hành chính đến tổ chức, cá nhân;tuyên truyền, giới thiệu các gương điển hình tiên tiến, sáng tạo trong công tác cải cách hành chính.",
    ],
    // The plan has no "đối tượng thi đua" section; its only "Đối tượng" (V.1.a, of the awards) is
    // in notHeldBySchema.
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Giấy khen của Chủ tịch UBND thị trấn",
        authority: "Chủ tịch UBND thị trấn Cổ Lễ",
        conferral: "OWN",
        recipientKind: "COLLECTIVE",
        quota: "",
        subQuotas: [],
        criteria: coLeCollectiveCriteria,
        cashValue: "",
        dossier: coLeDossier,
      },
      {
        name: "Giấy khen của Chủ tịch UBND thị trấn",
        authority: "Chủ tịch UBND thị trấn Cổ Lễ",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: coLeIndividualCriteria,
        cashValue: "",
        dossier: coLeDossier,
      },
      // V.1.b "Xét đề nghị Chủ tịch UBND huyện tặng giấy khen, công nhận chiến sỹ thi đua cơ sở đối
      // với cá nhân có những sáng kiến trong công tác CCHC." — read as: both for individuals only.
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Trực Ninh",
        conferral: "PROPOSED",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: coLeProposedCriteria,
        cashValue: "",
        dossier: coLeDossier,
      },
      {
        name: "Danh hiệu “Chiến sỹ thi đua cơ sở”",
        authority: "Chủ tịch UBND huyện Trực Ninh",
        conferral: "PROPOSED",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: coLeProposedCriteria,
        cashValue: "",
        dossier: coLeDossier,
      },
    ],
    registrationDeadline: "",
    // V.4: "… gửi về UBND thị trấn (qua Văn phòng - thống kê) trước ngày 10/11/2024."
    dossierDeadline: "2024-11-10",
    phases: [],
    budgetSource:
      "Kinh phí khen thưởng thành tích trong thực hiện Phong trào thi đua được trích từ nguồn kinh phí khen thưởng hằng năm của thị trấn",
    rewardRules:
      "Mức khen thưởng thực hiện theo quy định tại Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.",
    duties: [
      {
        assignee: "Công chức Văn phòng - thống kê",
        tasks: [
          "Công chức Văn phòng - thống kê có trách nhiệm theo dõi, hướng dẫn, kiểm tra việc thực hiện phong trào thi đua đạt hiệu quả; tham mưu UBND thị trấn khen thưởng và đề nghị khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong công tác CCHC năm 2024.",
        ],
      },
      {
        assignee: "Công chức Văn hóa - xã hội",
        tasks: [
          "Công chức Văn hóa - xã hội tăng cường công tác tuyên truyền, đưa thông tin và nêu gương điển hình tiên tiến, người tốt việc tốt trong phong trào thi đua.",
        ],
      },
      {
        assignee: "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thị trấn",
        tasks: [
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thị trấn phối hợp chặt chẽ với cấp ủy, chính quyền địa phương, phát huy sức mạnh khối đại đoàn kết toàn dân trong việc tuyên truyền, vận động hội viên, đoàn viên và các tầng lớp nhân dân tích cực hưởng ứng, thực hiện phong trào thi đua đạt được hiệu quả thiết thực, để phong trào thi đua CCHC góp phần trong thực hiện thắng lợi các nhiệm vụ, chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh địa phương năm 2024.",
        ],
      },
    ],
    recipients: [
      "UBND huyện Trực Ninh",
      "Phòng Nội vụ huyện",
      "TT Đảng ủy - HĐND - UBND thị trấn",
      "Các đơn vị có liên quan",
      "Cán bộ, công chức thị trấn",
      "Các Tổ dân phố",
      "Trang thông tin điện tử thị trấn",
      "Lưu: VT",
    ],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    // PLACEHOLDER: the extracted text ends at "CHỦ TỊCH", no name is printed. This is the name of the
    // demo chair account chutich.cole@thidua.vn (prisma/seed-data/demo.ts), not the real signer.
    signerName: "Nguyễn Văn Tuấn",
  },
};

// ---------------------------------------------------------------------------------------------
// 001 — UBND xã Đình Dù (huyện Văn Lâm, tỉnh Hưng Yên), 2024
// ---------------------------------------------------------------------------------------------

const dinhDuCollectiveCriteria = [
  "Kết quả đánh giá chỉ số cải cách hành chính năm 2024 xếp loại tốt; có chỉ số tăng điểm so với kết quả của năm trước liền kề.",
  "Hoàn thành xuất sắc nhiệm vụ được giao trong năm 2024",
  "Có sáng kiến hoặc giải pháp trong công tác cải cách hành chính mang tính mới, tính thực tế, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc, tạo đột phá trong công tác cải cách hành chính của xã:",
  "Thực hiện nghiêm kỷ luật, kỷ cương hành chính.",
];

const dinhDuIndividualCriteria = [
  "Hoàn thành xuất sắc nhiệm vụ được giao năm 2024;",
  "Chỉ đạo, tham mưu, triển khai, thực hiện tốt các nhiệm vụ được giao trong kế hoạch cải cách hành chính năm 2024 của xã.",
  "Chỉ đạo, tham mưu, triển khai, thực hiện đảm bảo có chất lượng và đúng thời gian quy định các văn bản chỉ đạo của thị trấn, của tỉnh và huyện.",
  "Có sáng kiến hoặc giải pháp trong công tác cải cách hành chính mang tính mới, tính thực tế, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc, tạo đột phá trong công tác cải cách hành chính của thị trấn.",
  "Thực hiện nghiêm kỷ luật, kỷ cương hành chính (không vi phạm kỷ luật, kỷ cương hành chính).",
];

/**
 * VI.2 "Đối với hồ sơ đề nghị huyện khen thưởng" — only the proposals to the district carry it.
 * "Số lượng hồ sơ: 01 bộ gửi về UBND thị trấn qua bộ phận văn phòng trước ngày 10/12/2024." →
 * copies 1 and dossierDeadline.
 */
const dinhDuDistrictDossier = [
  { name: "Tờ trình đề nghị khen thưởng", template: "", copies: 1 },
  { name: "Báo cáo thành tích của tập thể hoặc cá nhân được đề nghị khen thưởng", template: "", copies: 1 },
  { name: "Biên bản và kết quả bỏ phiếu của Hội đồng thi đua, khen thưởng", template: "", copies: 1 },
  { name: "Danh sách trích ngang thành tích của tập thể, cá nhân đề nghị khen thưởng", template: "", copies: 1 },
];

const dinhDu: SeedPlan = {
  seedFile: "001_08cac5c6bc3ef07f.txt",
  unitCode: "12004",
  officerEmail: "canbo.dinhdu@thidua.vn",
  // Not in the demo seed yet (prisma/seed-data/demo.ts has quantri.dinhdu and canbo.dinhdu only).
  chairEmail: "chutich.dinhdu@thidua.vn",
  // INVENTED number: the extracted text has no "Số: …" line; 42 follows the commune's Kế hoạch số
  // 15/KH-UBND of 26/01/2024. The date is the document's: "Đình Dù, ngày 16 tháng 04 năm 2024".
  number: "42",
  issuedOn: "2024-04-16",
  plan: {
    kind: "ANNUAL",
    // Printed with a trailing "." ("… năm 2024."), dropped here (a title is a name, see above).
    title: "Phát động phong trào thi đua cải cách hành chính năm 2024",
    place: "Đình Dù",
    symbol: "KH-UBND",
    // The text states no period other than "năm 2024": the calendar year.
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    bases: [{ text: "Kế hoạch số 15/KH-UBND ngày 26/01/2024 của UBND Đinh Dù về cải cách hành chính năm 2024" }],
    // Section I "MỤC ĐÍCH, YÊU CẦU" is one undivided list: all five bullets are kept together, in
    // order, as purposes (requirements left empty rather than splitting the list by guesswork).
    purposes: [
      "Nhằm tạo khí thế thi đua sôi nổi, cổ vũ, động viên các tập thể, cá nhân nỗ lực phấn đấu thực hiện tốt kế hoạch cải cách hành chính.",
      "Nâng cao ý thức trách nhiệm của các tập thể, cá nhân trong thực hiện nhiệm vụ cải cách hành chính của cơ quan, đơn vị, góp phần xây dựng nền hành chính hiện đại, tăng cường năng lực quản lý, nâng cao năng suất, chất lượng, hiệu quả trong giải quyết công việc thông qua việc ứng dụng các phần mềm quản lý, văn bản điện tử,... qua đó, góp phần hạn chế việc sao chụp và sử dụng văn bản giấy khi hội họp tại các cơ quan, đơn vị trên địa bàn xã.",
      "Nâng cao năng lực quản lý, điều hành và thực thi công vụ của đội ngũ cán bộ, công chức trong việc cung ứng các dịch vụ công, tạo hình ảnh cán bộ, công chức chuyên nghiệp, hiện đại; đồng thời, tạo điều kiện thuận lợi cho cá nhân, tổ chức có nhu cầu giải quyết thủ tục hành chính.",
      "Phong trào thi đua phải được triển khai sâu rộng, phát huy được tinh thần đoàn kết, sức sáng tạo của tập thể, cá nhân tham gia thi đua.",
      "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua cải cách hành chính.",
    ],
    requirements: [],
    slogan: "",
    contents: [
      "Thi đua nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ cải cách hành chính.",
      "Thi đua thực hiện các nhiệm vụ cải cách hành chính theo chương trình tổng thể cải cách hành chính của Chính phủ, kế hoạch giai đoạn, kế hoạch hàng năm của UBND huyện với các nội dung: Cải cách thủ tục hành chính, cải cách tổ chức bộ máy, nâng cao chất lượng đội ngũ cán bộ, công chức, cải cách tài chính công, hiện đại hóa nền hành chính.",
      // One bullet in the text, though it reads as two run together ("… của UBND tỉnh Thi đua trong …").
      "Thi đua thực hiện hoàn thành tốt các tiêu chí trong Bộ chỉ số theo dõi, đánh giá, xếp hạng kết quả cải cách hành chính trên địa bàn tỉnh ban hành kèm theo Quyết định của UBND tỉnh Thi đua trong công tác tuyên truyền, nâng cao vai trò giám sát của các tổ chức, cá nhân trong thực hiện cải cách hành chính.",
      "Thi đua đề xuất các giải pháp, sáng kiến thiết thực, hiệu quả trong thực hiện cải cách hành chính.",
    ],
    participantCollectives: ["Các ban, ngành đoàn thể, các bộ phận chuyên môn thuộc UBND xã;"],
    participantIndividuals: [
      "Cán bộ, công chức, cán bộ không chuyên trách, người lao động làm việc trong các ban ngành, các bộ phận thuộc UBND xã.",
    ],
    awardForms: [
      // VI.1.a "Đề nghị Chủ tịch UBND huyện tặng giấy khen cho tập thể, cá nhân có thành tích trong cải cách hành chính (nếu có)."
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Văn Lâm",
        conferral: "PROPOSED",
        recipientKind: "COLLECTIVE",
        quota: "",
        subQuotas: [],
        criteria: dinhDuCollectiveCriteria,
        cashValue: "",
        dossier: dinhDuDistrictDossier,
      },
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Văn Lâm",
        conferral: "PROPOSED",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: dinhDuIndividualCriteria,
        cashValue: "",
        dossier: dinhDuDistrictDossier,
      },
      // VI.1.b "Giấy khen của Chủ tịch UBND xã đối với tập thể, cá nhân có thành tích tại địa phương." — no dossier listed.
      {
        name: "Giấy khen của Chủ tịch UBND xã",
        authority: "Chủ tịch UBND xã Đình Dù",
        conferral: "OWN",
        recipientKind: "COLLECTIVE",
        quota: "",
        subQuotas: [],
        criteria: dinhDuCollectiveCriteria,
        cashValue: "",
        dossier: [],
      },
      {
        name: "Giấy khen của Chủ tịch UBND xã",
        authority: "Chủ tịch UBND xã Đình Dù",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: dinhDuIndividualCriteria,
        cashValue: "",
        dossier: [],
      },
    ],
    // IV: "… gửi về UBND xã qua bộ phận văn phòng trước ngày 26/04/2024."
    registrationDeadline: "2024-04-26",
    dossierDeadline: "2024-12-10",
    phases: [],
    budgetSource: "",
    // II.3 "Nguyên tắc thi đua".
    rewardRules: [
      "- Khen thưởng phải đảm bảo đạt thành tích đến đâu khen thưởng đến đó, không nhất thiết phải khen theo trình tự có hình thức khen thưởng mức thấp rồi mới được khen thưởng mức cao hơn; thành tích đạt được trong điều kiện khó khăn và có phạm vi ảnh hưởng càng lớn thì được xem xét, đề nghị khen thưởng với mức cao hơn; khen thưởng tập thể nhỏ và cá nhân (người trực tiếp lao động là chính).",
      "- Không khen thưởng đối với những tập thể, cá nhân đang bị kỷ luật; chưa xét khen thưởng đối với tập thể, cá nhân đang xem xét kỷ luật, có đơn khiếu nại, tố cáo hợp lệ hoặc có dư luận báo chí đưa tin về những sai phạm, tiêu cực chưa được xác minh làm rõ.",
    ].join("\n"),
    duties: [
      {
        assignee: "Văn phòng UBND xã",
        tasks: [
          "Bộ phận thường trực Hội đồng thi đua khen thưởng thị trấn, bộ phận đầu mối tham mưu trong việc thực hiện công tác cải cách hành chính; phối hợp với các bộ phận liên quan thường xuyên theo dõi, đôn đốc, hướng dẫn, kiểm tra việc tổ chức thực hiện phong trào thi đua tại UBND xã.",
          "Căn cứ kết quả thực hiện phong trào thi đua của các ban ngành, đoàn thể, các bộ phận chuyên môn, các cán bộ, công chức để trình UBND xã hoặc UBND huyện xem xét, khen thưởng theo quy định. Đồng thời tham mưu UBND xã đánh giá mức độ hoàn thành nhiệm vụ, trách nhiệm của người đứng đầu, đánh giá, bình xét danh hiệu thi đua, hình thức khen thưởng cho tập thể, cá nhân.",
        ],
      },
      {
        assignee:
          "Các ban ngành, đoàn thể, các bộ phận chuyên môn, các cán bộ, công chức, cán bộ không chuyên trách, người lao động",
        tasks: [
          "Các ban ngành, đoàn thể, các bộ phận chuyên môn, các cán bộ, công chức, cán bộ không chuyên trách, người lao động nghiêm túc triển khai thực hiện nội dung kế hoạch này, đồng thời thực hiện đăng ký nội dung, mục tiêu thi đua trong cải cách hành chính về UBND xã (qua Văn phòng UBND).",
        ],
      },
      {
        assignee: "Đài truyền thanh xã",
        tasks: [
          "Đưa thông tin, tuyên truyền và nêu gương điển hình tiên tiến, người tốt, việc tốt trong phong trào thi đua đầy mạnh CCHC.",
        ],
      },
    ],
    recipients: [
      "Phòng Nội vụ (để báo cáo)",
      "Thường trực Đảng ủy",
      "Thường trực HĐND- UBND xã",
      "Khối Dân vận Đảng ủy xã",
      "Cán bộ, công chức xã, giúp việc UBND xã",
      "Cổng thông tin điện tử xã",
      "Các cơ quan, đơn vị có liên quan",
      "Lưu: VT",
    ],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Trần Quang Huy",
  },
};

// ---------------------------------------------------------------------------------------------
// 002 — UBND huyện Hớn Quản (tỉnh Bình Phước), 2024, theo chuyên đề
// ---------------------------------------------------------------------------------------------

/** III.3 "Hồ sơ đề nghị khen thưởng" (applies to both). */
const honQuanDossier = [
  { name: "Tờ trình đề nghị khen thưởng của đơn vị", template: "", copies: 1 },
  { name: "Trích Biên bản họp đơn vị xét khen thưởng", template: "", copies: 1 },
  { name: "Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng", template: "", copies: 1 },
];

const honQuan: SeedPlan = {
  seedFile: "002_fe60389e95cd08d1.txt",
  unitCode: "694",
  // noivu.honquan is a reviewer (Phòng Nội vụ); this officer account is not in the demo seed yet.
  officerEmail: "canbo.honquan@thidua.vn",
  chairEmail: "chutich.honquan@thidua.vn",
  // INVENTED: printed "Số:          /KH - UBND" and "Hớn Quản, ngày       tháng    năm 2024" (left
  // blank for the signature); 38 and 15/03/2024 follow Quyết định số 77/QĐ-UBND of 12/01/2024.
  number: "38",
  issuedOn: "2024-03-15",
  plan: {
    kind: "THEMATIC",
    title:
      "Phát động phong trào thi đua theo chuyên đề “Thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính trên địa bàn huyện Hớn Quản năm 2024”",
    place: "Hớn Quản",
    symbol: "KH-UBND",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    bases: [
      {
        text: "Quyết định số 77/QĐ-UBND ngày 12/01/2024 của UBND huyện về ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện",
      },
    ],
    purposes: [
      "Đẩy mạnh công tác cải cách hành chính (CCHC), nâng cao hiệu lực, hiệu quả quản lý nhà nước, xây dựng các cơ quan quản lý Nhà nước của huyện trong sạch, vững mạnh, hiện đại, hoàn thành xuất sắc nhiệm vụ chính trị được giao, góp phần nâng cao chỉ số CCHC của huyện.",
      "Xây dựng đội ngũ cán bộ, công chức, viên chức có đủ phẩm chất, năng lực và trình độ, đáp ứng yêu cầu nhiệm vụ; nâng cao tinh thần, trách nhiệm, đạo đức, ý thức phục vụ nhân dân. Đồng thời khuyến khích, động viên các đơn vị, tổ chức, cá nhân tích cực tham gia thực hiện công tác cải cách hành chính.",
      "Biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính.",
    ],
    requirements: [
      "Phong trào thi đua phải được triển khai rộng khắp, thường xuyên, phát huy sự sáng tạo trong công tác cải cách hành chính, bám sát các tiêu chí, nội dung, tạo sự đột phá và thực hiện có hiệu quả, hoàn thành các nhiệm vụ cải cách hành chính được UBND huyện giao.",
      "Việc bình xét thi đua, khen thưởng phải đảm bảo kịp thời, dân chủ, khách quan, đúng đối tượng, tiêu chuẩn và thành tích đạt được của tập thể, cá nhân.",
    ],
    slogan: "",
    contents: [
      "Nâng cao trách nhiệm lãnh đạo, chỉ đạo của người đứng đầu các cơ quan, đơn vị trong triển khai thực hiện nhiệm vụ cải cách hành chính, nhiệm vụ nâng cao chỉ số hành chính.",
      "Thực hiện có hiệu quả nhiệm vụ cải cách hành chính được UBND huyện giao tại Quyết định số 77/QĐ-UBND ngày 12/01/2024 ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện và các nhiệm vụ cải cách hành chính, nâng cao chỉ số cải cách hành chính đã cam kết với Chủ tịch UBND huyện.",
      "Thực hiện tốt việc tuyên truyền cải cách hành chính, giáo dục, nâng cao nhận thức đối với cán bộ, công chức, viên chức trong thực thi công vụ; nâng cao vai trò giám sát của các tổ chức, cá nhân trong thực hiện cải cách hành chính góp phần thúc đẩy sự phát triển kinh tế - xã hội của huyện.",
      "Có các đề xuất, giải pháp, sáng kiến thiết thực, hiệu quả trong thực hiện cải cách hành chính của huyện.",
    ],
    // II.2.a / II.2.b, each one paragraph (after "Đối với tập thể: " / "Đối với cá nhân: ").
    participantCollectives: [
      "Các cơ quan chuyên môn thuộc UBND huyện; các đơn vị sự nghiệp thuộc huyện; UBND các xã, thị trấn.",
    ],
    participantIndividuals: [
      "Cán bộ, công chức, viên chức và người lao động của các cơ quan chuyên môn thuộc UBND huyện; các đơn vị sự nghiệp thuộc huyện; UBND các xã, thị trấn.",
    ],
    awardForms: [
      // III.1 "a) Hình thức: Giấy khen của Chủ tịch UBND huyện. b) Số lượng: 05 tập thể và 10 cá nhân."
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Hớn Quản",
        conferral: "OWN",
        recipientKind: "COLLECTIVE",
        quota: 5,
        subQuotas: [],
        criteria: [
          "Triển khai thực hiện có hiệu quả, đảm bảo chất lượng, đúng tiến độ các nhiệm vụ cải cách hành chính được UBND huyện giao tại Quyết định số 77/QĐ-UBND ngày 12/01/2024 ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện.",
          "Thực hiện hoàn thành 100% các nhiệm vụ cải cách hành chính, nâng cao chỉ số cải cách hành chính (Par Index) đã cam kết với Chủ tịch UBND huyện.",
          "Có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến huyện công nhận hoặc có triển khai mô hình mới trong phong trào thi đua “thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính” để các cơ quan, đơn vị khác nghiên cứu học tập.",
          "Thực hiện nghiêm kỷ luật, kỷ cương hành chính; không xét khen thưởng đối với tập thể cơ quan, đơn vị, xã, thị trấn có lãnh đạo chủ chốt bị kỷ luật từ mức khiển trách trở lên.",
          "Kết quả thực hiện Cải cách hành chính nhà nước có thành tích cao hơn năm trước liền kề.",
        ],
        cashValue: "",
        dossier: honQuanDossier,
      },
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện Hớn Quản",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 10,
        subQuotas: [],
        criteria: [
          "Thuộc các cơ quan, đơn vị hoàn thành 100% nhiệm vụ được UBND huyện giao tại Quyết định số 77/QĐ-UBND ngày 12/01/2024 ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện.",
          "Trong năm được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
          "Có thành tích suất sắc trong việc tham mưu triển khai thực hiện công tác cải cách hành chính hoặc có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến của huyện công nhận.",
          "Có phẩm chất đạo đức, đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước và nghĩa vụ công dân.",
          "Kết quả thực hiện Cải cách hành chính nhà nước có thành tích cao hơn năm trước liền kề.",
        ],
        cashValue: "",
        dossier: honQuanDossier,
      },
    ],
    registrationDeadline: "",
    // None set: units send dossiers to Phòng Nội vụ, "thời gian cụ thể do phòng Nội vụ thông báo".
    dossierDeadline: "",
    phases: [],
    budgetSource: "Từ nguồn quỹ Thi đua - Khen thưởng của huyện.",
    // III.1, after the quota: the preference among individuals.
    rewardRules:
      "Chú trọng khen thưởng những cán bộ, công chức, viên chức trực tiếp tham mưu: công tác cải cách hành chính, giải quyết thủ tục hành chính.",
    duties: [
      {
        assignee: "Phòng Nội vụ",
        tasks: [
          "Đôn đốc, kiểm tra việc thực hiện phong trào thi đua; phối hợp với Phòng Văn hóa – Thông tin huyện và Đài Truyền thanh – Truyền hình huyện tuyên truyền về nội dung, ý nghĩa của phong trào thi đua “thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính” trên địa bàn huyện năm 2024.",
          "Căn cứ kết quả thực hiện nhiệm vụ cải cách hành chính, kết quả chỉ số cải cách hành chính năm 2024 của UBND huyện và mức độ hoàn thành cam kết thực hiện các chỉ tiêu cải cách hành chính của các cơ quan, đơn vị để xác định đối tượng được khen thưởng và phân bổ số lượng khen thưởng theo quy định.",
          "Tổng hợp hồ sơ đề nghị khen thưởng của các đơn vị; hoàn thiện thủ tục đề nghị Thường trực Hội đồng thi đua khen thưởng huyện trình Chủ tịch UBND huyện khen thưởng theo quy định.",
          "Tổ chức tổng kết phong trào thi đua “thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính” lồng ghép trong Hội nghị tổng kết công tác cải cách hành chính năm 2024.",
        ],
      },
      {
        assignee: "Phòng Văn hoá - Thông tin",
        tasks: [
          "Tham mưu công tác tuyên truyền phong trào “thi đua thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính” triển khai rộng khắp, thường xuyên, phát huy sự sáng tạo trong công tác cải cách hành chính, bám sát các tiêu chí, nội dung, tạo sự đột phá và thực hiện có hiệu quả, hoàn thành các nhiệm vụ cải cách hành chính được UBND huyện giao.",
        ],
      },
      {
        assignee: "Đài Truyền thanh – Truyền hình huyện",
        tasks: [
          "Tuyên truyền phong trào thi đua “thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính” trên loa đài truyền thanh, trên chuyên mục về tuyên truyền cải cách hành chính của huyện.",
          "Đưa thông tin và nêu gương điển hình tiên tiến, người tốt việc tốt trong phong trào “thi đua thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính”.",
        ],
      },
      {
        assignee: "Các cơ quan chuyên môn thuộc UBND huyện; các đơn vị sự nghiệp thuộc huyện và UBND các xã, thị trấn",
        tasks: [
          "Triển khai tới toàn thể cán bộ, công chức, viên chức và người lao động trong đơn vị để thực hiện tốt phong trào thi đua.",
          "Trên cơ sở số lượng khen thưởng được phân bổ, lựa chọn, bình xét và hoàn tất các thủ tục hồ sơ khen thưởng gửi về phòng Nội vụ (thời gian cụ thể do phòng Nội vụ thông báo).",
          "Trong quá trình tổ chức thực hiện, nếu gặp vướng mắc, khó khăn, đề nghị các đơn vị kịp thời phản ánh về UBND huyện (qua Phòng Nội vụ) để xem xét, điều chỉnh, bổ sung cho phù hợp.",
        ],
      },
    ],
    recipients: [
      "Sở Nội vụ",
      "TTHU; THHĐND huyện",
      "CT, các PCT.UBND huyện",
      "Thành viên BCĐ.CCHC huyện",
      "Các cơ quan chuyên môn thuộc huyện",
      "Các đơn vị sự nghiệp thuộc huyện",
      "UBND các xã, thị trấn",
      "LĐVP, CV: P",
      "Lưu: VT",
    ],
    // The extracted text shows only "CHỦ TỊCH" above the name; the "TM. ỦY BAN NHÂN DÂN" line a plan
    // of the People's Committee carries is supplied (the schema requires one).
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Vũ Xuân Trường",
  },
};

export const seedPlans: SeedPlan[] = [coLe, dinhDu, honQuan];

/**
 * Passages of the seeds that `ZPlanInput` has no field for, verbatim (same normalisation), by
 * seed file. Closing formulas ("Trên đây là Kế hoạch …/.") and "như sau:" lead-ins that only
 * restate the title are listed too, so nothing of the documents is silently dropped.
 */
export const notHeldBySchema: Record<string, { where: string; text: string }[]> = {
  "000_d2b9d9a47977116e.txt": [
    {
      where: "preamble (after the bases)",
      text: "Nhằm đẩy mạnh công tác cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý, điều hành của UBND thị trấn, góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - thị trấn hội của địa phương năm 2024. UBND thị trấn ban hành Kế hoạch phát động phong trào thi đua như sau:",
    },
    {
      where: "IV. THỜI GIAN TỔ CHỨC PHONG TRÀO THI ĐUA (held only as periodFrom/periodTo)",
      text: "Thời gian tổ chức phong trào thi đua từ ngày UBND thị trấn ban hành kế hoạch đến hết năm 2024.",
    },
    {
      where: "V.1.a đối tượng khen thưởng",
      text: "Đối tượng: Các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong công tác CCHC.",
    },
    {
      where: "V.3 note on the achievement report (held only as template)",
      text: "(Thực hiện theo mẫu Báo cáo thành tích số 03 Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ)",
    },
    {
      where: "V.4 where dossiers go (held only as dossierDeadline)",
      text: "Hồ sơ đề nghị xét khen thưởng của các tập thể, cá nhân gửi về UBND thị trấn (qua Văn phòng - thống kê) trước ngày 10/11/2024.",
    },
    {
      where: "closing",
      text: "Trên đây là Kế hoạch phát động phong trào thi đua thực hiện nhiệm vụ công tác cải cách hành chính năm 2024 của Ủy ban nhân dân thị trấn Cổ Lễ./.",
    },
  ],
  "001_08cac5c6bc3ef07f.txt": [
    {
      where: "preamble (before the basis)",
      text: "Để đẩy mạnh cải cách hành chính được xác định là một trong những giải pháp để nâng cao hiệu lực, hiệu quả quản lý, điều hành của cơ quan hành chính các cấp, góp phần thực hiện thành công các nhiệm vụ phát triển kinh tế - xã hội của xã Đinh Dù.",
    },
    {
      where: "lead-in (after the basis)",
      text: "UBND xã Đinh Dù xây dựng Kế hoạch phát động phong trào thi đua trong cải cách hành chính xã Đinh Dù năm 2024 như sau:",
    },
    {
      where: "II.2 Đối tượng khen thưởng",
      text: "Các đối tượng quy định tại mục II, khoản 1 của Kế hoạch này tự nguyện thi đua đạt thành tích xuất sắc trong phong trào thi đua cải cách hành chính.",
    },
    {
      where: "IV. THỜI GIAN ĐĂNG KÝ THI ĐUA (held only as registrationDeadline)",
      text: "Các ban ngành, đoàn thể, các bộ phận chuyên môn, các cán bộ, công chức thực hiện đăng ký thi đua gửi về UBND xã qua bộ phận văn phòng trước ngày 26/04/2024.",
    },
    {
      where: "VI.2 where dossiers go (held only as copies and dossierDeadline)",
      text: "Số lượng hồ sơ: 01 bộ gửi về UBND thị trấn qua bộ phận văn phòng trước ngày 10/12/2024.",
    },
    {
      where: "closing",
      text: "Trên đây là Kế hoạch phát động phong trào thi đua trong CCHC trên địa bàn xã Đinh Dù năm 2024./.",
    },
    {
      where: "annex: registration form (see the comment at the end of this file)",
      text: "ĐĂNG KÝ Danh hiệu thi đua, khen thưởng trong cải cách hành chính năm 2024",
    },
  ],
  "002_fe60389e95cd08d1.txt": [
    {
      where: "lead-in (after the basis)",
      text: "Ủy ban nhân dân (UBND) huyện Hớn Quản ban hành Kế hoạch thực hiện phong trào thi đua theo chuyên đề “Thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính trên địa bàn huyện Hớn Quản năm 2024”, như sau:",
    },
    {
      where: "closing",
      text: "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện có hiệu quả nội dung Kế hoạch này./.",
    },
  ],
};

/*
 * Seed 001 — annex "ĐĂNG KÝ Danh hiệu thi đua, khen thưởng trong cải cách hành chính năm 2024"
 * (for a later issue: registration). Header of the annex, verbatim:
 *   UBND xã Đình Dù — "Đình Dù, ngày 16 tháng 04 năm 2024"
 *   "Căn cứ Kế hoạch của UBND huyện Văn Lâm về việc phát động phong trào thi đua cải cách hành
 *    chính huyện Văn Lâm năm 2024."
 *   "UBND xã Đinh Dù đăng ký thi đua như sau:"
 *
 * Columns (numbered (1)…(11) in the table):
 *   (1)  STT
 *   (2)  Tập thể, cá nhân
 *   Danh hiệu thi đua:
 *   (3)  Hoàn thành nhiệm vụ
 *   (4)  Lao động tiên tiến
 *   (5)  Chiến sỹ thi đua cấp cơ sở
 *   (6)  Chiến sỹ thi đua cấp tỉnh
 *   (7)  Chiến sỹ thi đua tỉnh quốc            [sic: "toàn quốc"]
 *   Hình thức khen thưởng:
 *   (8)  Giấy khen UBND huyện
 *   (9)  Bằng khen UBND tỉnh, các Bộ,nành, đoàn thể TW   [sic: "ngành"]
 *   (10) Bằng khen của Thủ tướng Chính phủ
 *   (11) Huân chương các loại
 *
 * Rows ("x" = registered; as extracted, tab-aligned):
 *   I   Tập thể
 *         UBND xã                                   (8)
 *         Các thôn                                  (8)
 *         Bộ phận tiếp nhận và trả kết qua [sic]    (8) (9)
 *         Các ban ngành, đoàn thể                   (8)
 *   II  Cá nhân
 *         Toàn thể cán bộ, công chức, người lao động UBND xã   (8) (10)
 *
 * Caveat: the extraction lost the cell borders; the column of each "x" is inferred from its tab
 * position (all fall under "Hình thức khen thưởng"; the second "x" of the individuals' row lands on
 * (10) "Bằng khen của Thủ tướng Chính phủ", which is implausible for every staff member — check
 * against the PDF before relying on it).
 */
