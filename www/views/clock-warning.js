// The warning shown while this browser's clock is more than a minute off the gateway's.

import { clockSkew, skewed, tolerance } from '../lib/clock.js';
import { h } from '../lib/dom.js';
import { duration, t } from '../lib/i18n.js';

/** The warning, or null while the clock is right (or the gateway does not tell its time). */
export function clockWarning() {
  if (!skewed()) return null;
  const skew = clockSkew();
  const offset = duration(Math.round(Math.abs(skew) / 1000));
  return h('p', { class: 'clock-warning', role: 'alert', dataset: { testid: 'clock-warning' } },
    t(skew > 0 ? 'clockAhead' : 'clockBehind', { offset, tolerance: tolerance() }));
}
