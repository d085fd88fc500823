import type { DocumentInsert } from '../../schema';
import { critical, quote } from '../../safe-zones';
import type { Rect } from '../shared/geometry';
import { PAPER_FONT } from '../shared/fonts';
import { Marker } from '../shared/marker';
import {
  LINE_FONT_SIZE_PX, LINE_GAP_PX, LINE_HEIGHT, PAGE_PADDING_PX, TITLE_FONT_SIZE_PX, TITLE_LINE_HEIGHT,
} from './document-layout';

/** Warm off-white paper and near-black ink: printer paper under office light. */
const PAPER_COLOR = '#f5f2ea';
const INK_COLOR = '#1e1c19';
/** A second sheet peeking out underneath, for depth without a shadow. */
const UNDER_SHEET_COLOR = '#d9d4c8';

type PaperSheetProps = {
  readonly insert: DocumentInsert;
  readonly page: Rect;
  /** Highlighter progress on the highlighted line, 0–1. */
  readonly marker: number;
  /** Field path of the highlighted line, and whether the camera is still moving to it, for `cliffhanger check`. */
  readonly source: string;
  readonly settling: boolean;
};

/** A printed page: serif title over a rule, then the lines, one of them marked with a highlighter. */
export const PaperSheet = ({ insert, page, marker, source, settling }: PaperSheetProps) => (
  <>
    <div
      style={{
        position: 'absolute', left: page.x, top: page.y, width: page.width, height: page.height, background: UNDER_SHEET_COLOR,
        transform: 'rotate(2.2deg) translate(10px, 8px)',
      }}
    />
    <div
      style={{
        position: 'absolute', left: page.x, top: page.y, width: page.width, minHeight: page.height, boxSizing: 'border-box',
        padding: PAGE_PADDING_PX, background: PAPER_COLOR, color: INK_COLOR, fontFamily: PAPER_FONT, fontVariantNumeric: 'lining-nums', transform: 'rotate(-0.8deg)',
      }}
    >
      <div style={{ fontSize: TITLE_FONT_SIZE_PX, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT }}>{insert.title}</div>
      <div style={{ margin: '30px 0 36px', height: 3, background: INK_COLOR }} />
      {insert.lines.map((line, i) => (
        <div
          key={i}
          {...(i === insert.highlightLine ? critical({ label: `highlighted line ${quote(line)}`, source, settling }) : {})}
          style={{ fontSize: LINE_FONT_SIZE_PX, lineHeight: LINE_HEIGHT, marginBottom: LINE_GAP_PX }}
        >
          {i === insert.highlightLine ? <Marker progress={marker}>{line}</Marker> : line}
        </div>
      ))}
    </div>
  </>
);
