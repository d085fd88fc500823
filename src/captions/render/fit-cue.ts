import { fillTextBox, fitTextOnNLines, measureText } from '@remotion/layout-utils';
import { breakRank } from '../export/wrap';
import { fontStack } from '../../style';
import { cuePages, pageText, type CaptionPage } from '../pages';
import type { CaptionCue, CueWord } from '../types';
import type { ResolvedCaptionStyle } from './caption-style';

/** No caption is set smaller than this (70 px reads on a phone at 1920 px height; platforms.md); pages split instead. */
export const MIN_CAPTION_FONT_PX = 70;
/** A page never takes more than two lines. */
export const MAX_CAPTION_LINES = 2;

/**
 * Extra space between words, in em: the outline covers half its width of each space, so words would run together.
 * Measured by layout-utils (additionalStyles) exactly as it is drawn.
 */
export const WORD_SPACING_EM = 0.12;

// Tuning: how much a line break after a sentence (rank 2) or a clause (rank 1) is preferred, as a share of the
// longer line's width per rank. Higher favours punctuation over even lines ("Maya. / You can't be in here.").
const BREAK_BONUS = 0.1;

type LineInput = { words: readonly CueWord[]; fontSize: number; style: ResolvedCaptionStyle; widthPx: number };

/** A page with its words broken into lines. */
export type PageLayout = { readonly page: CaptionPage; readonly lines: readonly (readonly CueWord[])[] };
/** A cue laid out: one font size for all its pages, so the text does not jump between pages. */
export type CueLayout = { readonly fontSize: number; readonly pages: readonly PageLayout[] };

/** What a caption's text is measured with; CaptionPageView draws with the same. */
export const textStyle = (style: ResolvedCaptionStyle) => ({
  fontFamily: fontStack(style.font),
  fontWeight: style.fontWeight,
  textTransform: style.uppercase ? ('uppercase' as const) : undefined,
  additionalStyles: { wordSpacing: `${WORD_SPACING_EM}em` },
});

const fitSize = (text: string, style: ResolvedCaptionStyle, widthPx: number): number =>
  fitTextOnNLines({ text, maxLines: MAX_CAPTION_LINES, maxBoxWidth: widthPx, maxFontSize: style.maxFontPx, ...textStyle(style) }).fontSize;

/** Words as fillTextBox fills lines: as many as fit on the first line, the rest below. */
const greedyLines = ({ words, fontSize, style, widthPx }: LineInput): CueWord[][] => {
  const box = fillTextBox({ maxBoxWidth: widthPx, maxLines: MAX_CAPTION_LINES });
  const lines: CueWord[][] = [[]];
  words.forEach((word, i) => {
    if (box.add({ text: i === 0 ? word.text : ` ${word.text}`, fontSize, ...textStyle(style) }).newLine) lines.push([]);
    lines.at(-1)?.push(word);
  });
  return lines.filter((line) => line.length > 0);
};

/**
 * Words on one line when they fit, else on two, measured with the loaded font: of the breaks where both lines fit,
 * the one with the shortest longer line, a break after a sentence or clause counting BREAK_BONUS per rank shorter.
 */
const linesAt = (input: LineInput): CueWord[][] => {
  const { words, fontSize, style, widthPx } = input;
  const width = (part: readonly CueWord[]) => measureText({ text: part.map((w) => w.text).join(' '), fontSize, ...textStyle(style) }).width;
  if (width(words) <= widthPx) return [[...words]];
  const breaks = words.slice(1).map((_, i) => {
    const longest = Math.max(width(words.slice(0, i + 1)), width(words.slice(i + 1)));
    return { at: i + 1, longest, score: longest * (1 - BREAK_BONUS * breakRank(words[i]?.text ?? '')) };
  });
  const best = breaks.filter((b) => b.longest <= widthPx).sort((a, b) => a.score - b.score)[0];
  return best ? [words.slice(0, best.at), words.slice(best.at)] : greedyLines(input);
};

/**
 * Lays out a cue with @remotion/layout-utils (call only once the fonts have loaded): its TikTok-style pages, each split
 * further until it fits two lines at MIN_CAPTION_FONT_PX, then the largest size up to maxFontPx every page fits.
 */
export const layoutCue = ({ cue, fps, style, widthPx }: { cue: CaptionCue; fps: number; style: ResolvedCaptionStyle; widthPx: number }): CueLayout => {
  const pages = cuePages({ cue, fps, pageMs: style.pageMs, fits: (text) => fitSize(text, style, widthPx) >= MIN_CAPTION_FONT_PX });
  const fontSize = Math.floor(Math.min(style.maxFontPx, ...pages.map((p) => fitSize(pageText(p.words), style, widthPx))));
  return { fontSize, pages: pages.map((page) => ({ page, lines: linesAt({ words: page.words, fontSize, style, widthPx }) })) };
};
