/** 基本チェックリストの領域 (counts on the 予防計画書 use the last six). */
export const checklistDomains = ['general', 'movement', 'nutrition', 'oral', 'housebound', 'cognition', 'depression'] as const;
export type ChecklistDomain = (typeof checklistDomains)[number];
export const checklistDomainLabels: Record<ChecklistDomain, string> = {
  general: '生活機能全般',
  movement: '運動器（運動不足）',
  nutrition: '栄養（栄養改善）',
  oral: '口腔（口腔内ケア）',
  housebound: '閉じこもり（閉じこもり予防）',
  cognition: '認知（物忘れ予防）',
  depression: 'うつ（うつ予防）',
};

export interface ChecklistQuestion {
  /** 1–25 */
  number: number;
  text: string;
  domain: ChecklistDomain;
  /** The answer that scores 1 (該当): true = はい, false = いいえ. Question 12 is judged from BMI. */
  riskAnswer: boolean;
}

type Row = [text: string, domain: ChecklistDomain, riskAnswer: boolean];

const rows: Row[] = [
  ['バスや電車で1人で外出していますか', 'general', false],
  ['日用品の買物をしていますか', 'general', false],
  ['預貯金の出し入れをしていますか', 'general', false],
  ['友人の家を訪ねていますか', 'general', false],
  ['家族や友人の相談にのっていますか', 'general', false],
  ['階段を手すりや壁をつたわらずに昇っていますか', 'movement', false],
  ['椅子に座った状態から何もつかまらずに立ち上がっていますか', 'movement', false],
  ['15分位続けて歩いていますか', 'movement', false],
  ['この1年間に転んだことがありますか', 'movement', true],
  ['転倒に対する不安は大きいですか', 'movement', true],
  ['6ヵ月間で2～3kg以上の体重減少がありましたか', 'nutrition', true],
  ['身長・体重（BMI 18.5未満で該当）', 'nutrition', true],
  ['半年前に比べて固いものが食べにくくなりましたか', 'oral', true],
  ['お茶や汁物等でむせることがありますか', 'oral', true],
  ['口の渇きが気になりますか', 'oral', true],
  ['週に1回以上は外出していますか', 'housebound', false],
  ['昨年と比べて外出の回数が減っていますか', 'housebound', true],
  ['周りの人から「いつも同じ事を聞く」などの物忘れがあると言われますか', 'cognition', true],
  ['自分で電話番号を調べて、電話をかけることをしていますか', 'cognition', false],
  ['今日が何月何日かわからない時がありますか', 'cognition', true],
  ['（ここ2週間）毎日の生活に充実感がない', 'depression', true],
  ['（ここ2週間）これまで楽しんでやれていたことが楽しめなくなった', 'depression', true],
  ['（ここ2週間）以前は楽にできていたことが今ではおっくうに感じられる', 'depression', true],
  ['（ここ2週間）自分が役に立つ人間だと思えない', 'depression', true],
  ['（ここ2週間）わけもなく疲れたような感じがする', 'depression', true],
];

/** The 25 questions of 基本チェックリスト with the answer that scores. */
export const checklistQuestions: readonly ChecklistQuestion[] = rows.map(([text, domain, riskAnswer], index) => ({
  number: index + 1,
  text,
  domain,
  riskAnswer,
}));

/** Question number judged from BMI rather than a yes/no answer. */
export const bmiQuestionNumber = 12;
