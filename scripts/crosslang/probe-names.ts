/**
 * Probes actor merging across scripts on small invented two-article cases: one English and one Arabic
 * article tell the same event, naming one actor each way. Prints which pairs merge. The names are common
 * given names, generic institutions and invented surnames, not the dev stories' actors.
 *
 *   node bin/run-ts.mjs scripts/crosslang/probe-names.ts [--all] [--kind=KIND]
 */
import { analyzeCase } from '../../src/core/index.ts';
import { resolveEntities } from '../../src/core/entities/index.ts';

export const PROBES: [string, string, string][] = [
  // kind, English, Arabic
  ['person', 'Youssef Karami', 'يوسف كرامي'],
  ['person', 'Joseph Haddad', 'جوزيف حداد'],
  ['person', 'Khaled Mansour', 'خالد منصور'],
  ['person', 'Mohammed Zawi', 'محمد الزاوي'],
  ['person', 'Ahmed al-Tarhouni', 'أحمد الترهوني'],
  ['person', 'Nabil Berrada', 'نبيل برادة'],
  ['person', 'Omar Souleymane', 'عمر سليمان'],
  ['person', 'Ibrahim Traore', 'إبراهيم تراوري'],
  ['person', 'Abdel Rahman Tiani', 'عبد الرحمن تياني'],
  ['person', 'Hussein Amin', 'حسين أمين'],
  ['person', 'George Aoun', 'جورج عون'],
  ['person', 'Mustafa Kaya', 'مصطفى كايا'],
  ['person', 'Recep Yildiz', 'رجب يلدز'],
  ['person', 'Ali Rezaei', 'علي رضائي'],
  ['person', 'Qassem Soleimani', 'قاسم سليماني'],
  ['person', 'Emmanuel Duval', 'إيمانويل دوفال'],
  ['person', 'Antonio Guerra', 'أنطونيو غيرا'],
  ['org', 'World Health Organization', 'منظمة الصحة العالمية'],
  ['org', 'United Nations', 'الأمم المتحدة'],
  ['acronym', 'WHO', 'منظمة الصحة العالمية'],
  ['acronym', 'UN', 'الأمم المتحدة'],
  ['org', 'Red Cross', 'الصليب الأحمر'],
  ['org', 'Revolutionary Guard', 'الحرس الثوري'],
  ['org', 'Security Council', 'مجلس الأمن'],
  ['org', 'Arab League', 'جامعة الدول العربية'],
  ['org', 'European Union', 'الاتحاد الأوروبي'],
  ['org', 'African Union', 'الاتحاد الأفريقي'],
  ['org', 'Atomic Energy Agency', 'وكالة الطاقة الذرية'],
  ['org', 'Ministry of Health', 'وزارة الصحة'],
  ['org', 'Ministry of Defence', 'وزارة الدفاع'],
  ['org', 'Civil Defence', 'الدفاع المدني'],
  ['org', 'White Helmets', 'الخوذ البيضاء'],
  ['org', 'Free Army', 'الجيش الحر'],
  ['org', 'Liberation Front', 'جبهة التحرير'],
  ['org', 'National Guard', 'الحرس الوطني'],
  ['org', 'Parliament', 'البرلمان'],
  ['acronym', 'NATO', 'حلف شمال الأطلسي'],
  ['acronym', 'IAEA', 'الوكالة الدولية للطاقة الذرية'],
  ['org', 'Second Brigade', 'اللواء الثاني'],
  ['org', '6th Armoured Brigade', 'اللواء السادس المدرع'],
  ['org', 'Sixth Army', 'الجيش السادس'],
  ['org', '1st Battalion', 'الكتيبة الأولى'],
  ['org', 'Third Division', 'الفرقة الثالثة'],
  ['org', 'Kataib Nasrallah', 'كتائب نصر الله'],
  ['person', 'Abdelkarim Fathallah', 'عبد الكريم فتح الله'],
  ['place', 'Marrakesh', 'مراكش'],
  ['place', 'Aleppo', 'حلب'],
  ['place', 'Damascus', 'دمشق'],
  ['place', 'Beirut', 'بيروت'],
  ['place', 'Niamey', 'نيامي'],
  ['place', 'Tehran', 'طهران'],
  ['place', 'Antakya', 'أنطاكيا'],
  ['place', 'Agadir', 'أكادير'],
  ['country', 'Turkey', 'تركيا'],
  ['country', 'France', 'فرنسا'],
  ['country', 'Israel', 'إسرائيل'],
  ['country', 'Morocco', 'المغرب'],
  ['country', 'Niger', 'النيجر'],
  ['country', 'Lebanon', 'لبنان'],
  ['country', 'United States', 'الولايات المتحدة'],
  ['nisba', 'Syria', 'السورية'],
  ['currency', 'Jordanian dinar', 'الدينار الأردني'],
  ['nisba', 'Iran', 'الإيرانية'],
  ['acronym', 'WFP', 'برنامج الأغذية العالمي'],
  ['org', 'United Front', 'الجبهة المتحدة'],
  ['org', 'United Workers Party', 'حزب العمال المتحد'],
  ['ministry', 'Ministry of Interior', 'وزارة الداخلية'],
  ['ministry', 'Interior Ministry', 'وزارة الداخلية'],
  ['ministry', 'Tunisian Ministry of Interior', 'وزارة الداخلية التونسية'],
  ['ministry', 'Tunisian Interior Ministry', 'وزارة الداخلية التونسية'],
  ['ministry', 'Ministry of Foreign Affairs', 'وزارة الخارجية'],
  ['ministry', 'Foreign Ministry', 'وزارة الخارجية'],
  ['ministry', 'Jordanian Foreign Ministry', 'وزارة الخارجية الأردنية'],
  ['ministry', 'Ministry of Finance', 'وزارة المالية'],
  ['ministry', 'Justice Ministry', 'وزارة العدل'],
  ['ministry', 'Ministry of Economy', 'وزارة الاقتصاد'],
  ['ministry', 'Ministry of Energy', 'وزارة الطاقة'],
  ['ministry', 'Ministry of Education', 'وزارة التعليم'],
];

const english = (name: string) =>
  `${name} met the delegation in the capital on 12 March, officials said.\n\nThe talks with ${name} lasted four hours and covered 300 prisoners, the statement said.\n\nObservers said ${name} would return on 20 March.`;
const arabic = (name: string) =>
  `التقى ${name} الوفد في العاصمة يوم 12 مارس، بحسب المسؤولين.\n\nواستمرت المحادثات مع ${name} أربع ساعات وتناولت 300 أسير، بحسب البيان.\n\nوقال مراقبون إن ${name} سيعود يوم 20 مارس.`;

const norm = (s: string) => s.replace(/[\u064B-\u0652]/gu, '').replace(/[أإآ]/gu, 'ا').toLowerCase();
const byKind = new Map<string, { ok: number; total: number }>();
const onlyKind = process.argv.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
for (const [kind, en, ar] of PROBES) {
  if (onlyKind && kind !== onlyKind) continue;
  const analysis = analyzeCase([
    { id: 'en1', raw: english(en), language: 'en' },
    { id: 'ar1', raw: arabic(ar), language: 'ar' },
  ]);
  const names = (a: (typeof analysis.actors)[number]) => [a.name, ...(a.aliases ?? [])].map(norm);
  const arBare = norm(ar).replace(/^ال/u, '');
  const ok = analysis.actors.some((a) => names(a).some((n) => n === norm(en) || n.includes(norm(en).split(' ').pop()!)) && names(a).some((n) => n.includes(arBare) || arBare.includes(n.replace(/^ال/u, '')) && /[\u0600-\u06FF]/u.test(n)));
  const k = byKind.get(kind) ?? { ok: 0, total: 0 };
  k.total++;
  if (ok) k.ok++;
  byKind.set(kind, k);
  if (!ok || process.argv.includes('--all')) console.log(`${ok ? 'ok  ' : 'MISS'} ${kind.padEnd(8)} ${en} / ${ar}   entities: ${resolveEntities(analysis.articles).entities.map((e) => [e.name, ...e.aliases].join('|')).join(' ; ')}`);
}
console.log([...byKind].map(([k, v]) => `${k} ${v.ok}/${v.total}`).join(', '));
