import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** The top-level boxes of an MP4 in file order, and whether any track has an edit list. */
export type Mp4Layout = { readonly topLevel: readonly string[]; readonly hasEditList: boolean };

const CONTAINERS = new Set(['moov', 'trak', 'edts']);

const readAt = (fd: number, position: number, length: number): Buffer => {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
};

/** Box headers between two offsets: type, where the body starts and where the box ends. */
const boxesIn = (fd: number, from: number, to: number): { type: string; body: number; end: number }[] => {
  const boxes: { type: string; body: number; end: number }[] = [];
  let at = from;
  while (at + 8 <= to) {
    const head = readAt(fd, at, 16);
    if (head.length < 8) break;
    let size = head.readUInt32BE(0);
    let body = at + 8;
    if (size === 1 && head.length >= 16) {
      size = Number(head.readBigUInt64BE(8));
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < 8) break;
    boxes.push({ type: head.toString('latin1', 4, 8), body, end: at + size });
    at += size;
  }
  return boxes;
};

/** Reads an MP4's box structure from its headers only (no media data): enough to check faststart and edit lists. */
export const mp4Layout = (file: string): Mp4Layout => {
  const fd = openSync(file, 'r');
  try {
    const top = boxesIn(fd, 0, statSync(file).size);
    let hasEditList = false;
    const visit = (from: number, to: number): void => {
      for (const box of boxesIn(fd, from, to)) {
        if (box.type === 'elst') hasEditList = true;
        if (CONTAINERS.has(box.type)) visit(box.body, box.end);
      }
    };
    for (const box of top) if (box.type === 'moov') visit(box.body, box.end);
    return { topLevel: top.map((b) => b.type), hasEditList };
  } finally {
    closeSync(fd);
  }
};
