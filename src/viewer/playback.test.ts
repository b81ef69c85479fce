import { describe, expect, it } from 'vitest';
import { Playback } from './playback.ts';
import { errorColor, scoreColor, NEUTRAL, cssRamp } from './confidenceColor.ts';

describe('Playback', () => {
  it('advances by wall time times speed only while playing', () => {
    const p = new Playback(600, 60);
    expect(p.tick(100)).toBe(false);
    p.toggle();
    p.tick(100);
    expect(p.frame).toBe(6);
    p.speed = 0.5;
    p.tick(200);
    expect(p.frame).toBe(12);
  });
  it('loops at the end and clamps seeks and steps', () => {
    const p = new Playback(10, 10);
    p.toggle();
    p.tick(240);
    p.tick(240);
    p.tick(240);
    p.tick(240);
    p.tick(240); // 1.2 s of a 1 s take
    expect(p.frame).toBe(2);
    p.seek(99);
    expect(p.frame).toBe(9);
    p.step(-20);
    expect(p.frame).toBe(0);
    expect(p.playing).toBe(false);
    expect(p.step(1)).toBe(true);
    expect(p.frame).toBe(1);
  });
  it('follows a video clock while playing, and ignores it when paused', () => {
    const p = new Playback(100, 10);
    expect(p.follow(2.05)).toBe(false);
    p.toggle();
    expect(p.follow(2.05)).toBe(true);
    expect(p.frame).toBe(20);
    p.follow(99);
    expect(p.frame).toBe(99);
  });
  it('stops at the last frame without loop', () => {
    const p = new Playback(5, 5);
    p.loop = false;
    p.toggle();
    for (let i = 0; i < 10; i++) p.tick(200);
    expect(p.frame).toBe(4);
    expect(p.playing).toBe(false);
  });
});

describe('confidence colours', () => {
  it('map small reprojection errors to green, large to red, missing to neutral', () => {
    const c = new Float32Array(3);
    errorColor(1, c);
    expect(c[1]).toBeGreaterThan(c[0]);
    errorColor(40, c);
    expect(c[0]).toBeGreaterThan(c[1]);
    errorColor(NaN, c);
    expect(Array.from(c)).toEqual(Array.from(Float32Array.from(NEUTRAL)));
    scoreColor(0.95, c);
    expect(c[1]).toBeGreaterThan(c[0]);
    scoreColor(0.1, c);
    expect(c[0]).toBeGreaterThan(c[1]);
  });
  it('ramps into CSS strings', () => {
    const r = cssRamp(scoreColor, 0, 1, 3);
    expect(r).toHaveLength(3);
    expect(r[0]).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
  });
});
