import { describe, expect, it } from 'vitest';
import { queueUrl, shownUrl } from '../../../src/batch/queue/connection';

describe('queueUrl', () => {
  it('takes redis:// and rediss:// URLs as they are', () => {
    expect(queueUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(queueUrl('rediss://:secret@queue.example:6380/2')).toBe('rediss://:secret@queue.example:6380/2');
  });

  it('refuses anything else, saying what a queue URL looks like', () => {
    expect(() => queueUrl('127.0.0.1:6379')).toThrow('must be a Redis URL like redis://127.0.0.1:6379, but got "127.0.0.1:6379".');
    expect(() => queueUrl('localhost')).toThrow('must be a Redis URL like redis://127.0.0.1:6379, but got "localhost".');
    expect(() => queueUrl('http://127.0.0.1:6379')).toThrow('must be a Redis URL (redis:// or rediss://), but got "http://127.0.0.1:6379".');
  });
});

describe('shownUrl', () => {
  it('hides the password', () => {
    expect(shownUrl('redis://:secret@queue.example:6380/2')).toBe('redis://:***@queue.example:6380/2');
    expect(shownUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
