import assert from 'node:assert/strict';
import { it } from 'node:test';
import { logOdds } from './log-odds.js';

it('matches Monroe et al.’s formulas worked by hand', () => {
  // y_a = 10, y_b = 30 in 1000 tokens each; prior 0.1 → α_w = 0.1·40 = 4, α_0 = 0.1·2000 = 200.
  // δ = ln(34 / (1200 − 34)) − ln(14 / (1200 − 14)) = ln(34/1166) − ln(14/1186) = 0.904310
  // σ = √(1/34 + 1/14) = 0.317553, z = δ / σ = 2.847740
  const { delta, z } = logOdds(10, 30, 1000, 1000, 4, 200);
  assert.ok(Math.abs(delta - 0.904310) < 1e-6, String(delta));
  assert.ok(Math.abs(z - 2.847740) < 1e-6, String(z));
});

it('is antisymmetric in the groups', () => {
  const up = logOdds(5, 50, 2000, 9000, 5.5, 1100);
  const down = logOdds(50, 5, 9000, 2000, 5.5, 1100);
  assert.ok(Math.abs(up.delta + down.delta) < 1e-12 && Math.abs(up.z + down.z) < 1e-12);
});
