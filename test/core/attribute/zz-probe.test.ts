import { it } from 'vitest';
import { claimsOf } from '/work/wt/attr-ar2/test/core/attribute/helpers.ts';
const show = (t: string) => console.log(JSON.stringify(claimsOf(t, 'ar').map((c) => [c.text.slice(0, 40), c.attribution?.source.text, c.attribution?.cue.text, c.attribution?.content?.text?.slice(0,30), c.attribution?.rule])));
it('probe', () => {
  show('أعلن وزير المالية أحمد سالم اليوم في رده على تصريحات سابقة لرئيس الوزراء، دعا فيها النقابات إلى وقف الإضراب أن الموازنة لن تتغير.');
  show('وأصدرت الوزارة بيانا قالت فيه إن الوضع مستقر.');
  show('وقال رئيس الوزراء في كلمة دعا فيها النقابات إلى الحوار إن الإضراب غير قانوني.');
  show('ورد الوزير على تصريحات للرئيس دعا فيها إلى الحوار.');
});
