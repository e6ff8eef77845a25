/** The team panel's interface text, English and Arabic (kept with the feature while src/i18n is reworked). */
import type { UiLanguage } from '../../model/uiSlice.ts';

const en = {
  title: 'Team (server)',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signUp: 'Create account',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {email}',
  newTeam: 'New team name',
  createTeam: 'Create team',
  newCase: 'New case name',
  createCase: 'Create case',
  open: 'Open {name}',
  role: 'role: {role}',
  openCase: 'Team case “{name}”, revision {revision}',
  synced: 'Saved to the team',
  syncing: 'Saving…',
  offline: 'Offline: your changes are kept on this device and sent when the connection is back',
  readonly: 'Read only (viewer): your changes are not sent to the team',
  conflicts: 'Someone else changed the same things first. Their values were kept; yours are in the revision log:',
  conflictLine: '{path}: theirs “{theirs}”, yours “{yours}”',
  useMine: 'Use mine',
  keepTheirs: 'Keep theirs',
  whereElse: 'Where else was this claim reported?',
  claim: 'Claim',
  search: 'Search the team’s cases',
  noMatches: 'Not found in the team’s other cases (only analysed cases are indexed).',
  match: '{case} · {outlet}: {text}',
  error: 'The server said: {message}',
  serverProgress: 'Server analysis: {done} of {total} articles',
  serverReady: 'Server analysis up to date (claims indexed for “where else”)',
};

const ar: typeof en = {
  title: 'الفريق (الخادم)',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  signIn: 'تسجيل الدخول',
  signUp: 'إنشاء حساب',
  signOut: 'تسجيل الخروج',
  signedInAs: 'مسجّل الدخول باسم {email}',
  newTeam: 'اسم الفريق الجديد',
  createTeam: 'إنشاء فريق',
  newCase: 'اسم القضية الجديدة',
  createCase: 'إنشاء قضية',
  open: 'فتح {name}',
  role: 'الدور: {role}',
  openCase: 'قضية الفريق «{name}»، المراجعة {revision}',
  synced: 'محفوظة لدى الفريق',
  syncing: 'جارٍ الحفظ…',
  offline: 'غير متصل: تُحفظ تغييراتك على هذا الجهاز وتُرسل عند عودة الاتصال',
  readonly: 'للقراءة فقط (مشاهد): لا تُرسل تغييراتك إلى الفريق',
  conflicts: 'غيّر شخص آخر الأشياء نفسها قبلك. بقيت قيمه، وقيمك محفوظة في سجل المراجعات:',
  conflictLine: '{path}: قيمته «{theirs}»، قيمتك «{yours}»',
  useMine: 'اعتماد قيمتي',
  keepTheirs: 'إبقاء قيمته',
  whereElse: 'أين نُشر هذا الادعاء أيضًا؟',
  claim: 'الادعاء',
  search: 'البحث في قضايا الفريق',
  noMatches: 'لم يُعثر عليه في قضايا الفريق الأخرى (تُفهرس القضايا المحللة فقط).',
  match: '{case} · {outlet}: {text}',
  error: 'ردّ الخادم: {message}',
  serverProgress: 'تحليل الخادم: {done} من {total} مقالات',
  serverReady: 'تحليل الخادم محدّث (الادعاءات مفهرسة للبحث في «أين نُشر أيضًا»)',
};

export type TeamKey = keyof typeof en;

export function teamText(language: UiLanguage, key: TeamKey, vars: Record<string, string | number> = {}): string {
  const template = (language === 'ar' ? ar : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}
