import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

const attributed = (text: string) => claimsOf(text, 'en').filter((c) => c.attribution);

describe('English: "felt" with an object is a perception, not a report', () => {
  it('"felt it, and …", "felt Sunday’s aftershocks", "felt Lisbon shaking", "felt it in the hills" report nothing', () => {
    expect(attributed('Shopkeepers in the old town also felt it, and many closed early.')).toHaveLength(0);
    expect(attributed('Farmers near Evora also felt Sunday’s aftershocks.')).toHaveLength(0);
    expect(attributed('Fishermen in Sines felt Lisbon shaking.')).toHaveLength(0);
    expect(attributed('Shepherds felt it in the hills.')).toHaveLength(0);
  });

  it('with a clause it still reports: "felt it was …", "believes Petra’s plan is …"', () => {
    expect(attributed('Most nurses felt it was time for a strike.')[0]?.attribution?.cue.text).toBe('felt');
    expect(attributed('The governor believes Petra’s plan is too costly.')[0]?.attribution?.source.text).toBe('The governor');
  });
});
