import type { StoryRole } from '../../schema';
import { PHONE, PRINT, printGeometry } from '../sheet-layout';

/** Role colours, printable in black and white too (each pill carries its word). */
export const ROLE_COLORS: Readonly<Record<StoryRole, string>> = {
  hook: '#c81e3a',
  escalation: '#b45309',
  reveal: '#6d28d9',
  cliffhanger: '#111111',
};

const INK = '#141414';
const MUTED = '#6b6b6b';
const RULE = '#d9d6cf';

/** Rules both layouts share; every size inside a panel's notes is in em of its body size. */
const common = `
*{box-sizing:border-box;margin:0;padding:0}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-family:Inter,Helvetica,Arial,sans-serif;color:${INK};background:#fff}
.tnum{font-variant-numeric:tabular-nums}
.kicker{font-weight:700;text-transform:uppercase;letter-spacing:.16em;color:${MUTED}}
.title{font-family:"Playfair Display",Georgia,serif;font-weight:700;letter-spacing:-.01em;line-height:1.1}
.title .ep{color:#c81e3a;margin-right:.35em}
.purpose{font-style:italic;color:#3b3b3b}
.facts{text-align:right;color:${MUTED};font-weight:600;white-space:nowrap}
.facts b{color:${INK}}
.head{display:flex;justify-content:space-between;align-items:flex-end;gap:1em;border-bottom:.6pt solid ${INK}}
.panel{display:flex;border:.5pt solid ${RULE};border-radius:1.2mm;background:#fff;break-inside:avoid}
.still{flex:none;position:relative;background:#1f2430;overflow:hidden;border-radius:.8mm}
.still img{display:block;width:100%;height:100%;object-fit:cover}
.notes{flex:1;min-width:0;display:flex;flex-direction:column;line-height:1.3;overflow:hidden}
.n-top{display:flex;align-items:center;gap:.5em}
.n-num{font-weight:800;font-size:2em;line-height:1;letter-spacing:-.02em}
.n-role{font-weight:700;font-size:.78em;text-transform:uppercase;letter-spacing:.1em;color:#fff;padding:.18em .5em;border-radius:.3em}
.n-dur{margin-left:auto;font-weight:700;white-space:nowrap}
.n-shot{margin-top:.45em;font-weight:700;font-size:.8em;text-transform:uppercase;letter-spacing:.09em;color:${MUTED}}
.n-tc{font-size:.88em;color:${MUTED}}
.n-body{flex:1;min-height:0;overflow:hidden}
.clipped .n-body{-webkit-mask-image:linear-gradient(to bottom,#000 82%,transparent);mask-image:linear-gradient(to bottom,#000 82%,transparent)}
.n-more{color:#c81e3a}
.n-sec{margin-top:.45em;padding-top:.45em;border-top:.5pt solid ${RULE}}
.n-cast{font-weight:600;font-size:.9em}
.n-cast span{white-space:nowrap}
.n-place{font-style:italic;color:${MUTED};font-size:.9em}
.n-label{font-weight:800;font-size:.72em;text-transform:uppercase;letter-spacing:.12em;color:${MUTED};margin-right:.4em}
.n-line+.n-line{margin-top:.3em}
.n-who{font-weight:800;font-size:.78em;text-transform:uppercase;letter-spacing:.08em}
.n-who i{font-weight:400;text-transform:none;letter-spacing:0;color:${MUTED}}
.n-dot{display:inline-block;width:.62em;height:.62em;border-radius:50%;margin-right:.35em;border:.5pt solid rgba(0,0,0,.35)}
.n-said{font-weight:500}
.n-foot{margin-top:auto;padding-top:.4em;font-size:.76em;color:${MUTED}}
.n-foot .tag{font-weight:800;letter-spacing:.1em;text-transform:uppercase;margin-right:.5em;color:${INK}}
`;

/** The A4 sheet: fixed pages, a 2 x 3 grid of panels, still left and notes right. */
const print = (): string => {
  const g = printGeometry();
  return `
@page{size:${PRINT.pageWidthMm}mm ${PRINT.pageHeightMm}mm;margin:0}
.page{width:${PRINT.pageWidthMm}mm;height:${PRINT.pageHeightMm}mm;padding:${PRINT.marginTopMm}mm ${PRINT.marginXMm}mm ${PRINT.marginBottomMm}mm;display:flex;flex-direction:column;overflow:hidden;break-after:page}
.page:last-child{break-after:auto}
.print .head{height:${PRINT.headerMm - 3}mm;margin-bottom:3mm;padding-bottom:2mm}
.print .kicker{font-size:6.5pt}
.print .title{font-size:17pt;margin-top:1mm}
.print .purpose{font-size:7.5pt;margin-top:.8mm;max-width:128mm;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.print .facts{font-size:7pt;line-height:1.5}
.grid{display:grid;grid-template-columns:repeat(${PRINT.columns},${g.panel.widthMm}mm);grid-auto-rows:${g.panel.heightMm}mm;gap:${PRINT.gapMm}mm}
.print .panel{padding:${PRINT.paddingMm}mm;gap:${PRINT.gutterMm}mm}
.print .still{width:${g.still.widthMm}mm;height:${g.still.heightMm}mm}
.print .notes{font-size:calc(var(--notes-scale) * ${PRINT.bodyPt}pt);height:${g.notes.heightMm}mm}
.foot{margin-top:auto;height:${PRINT.footerMm}mm;display:flex;justify-content:space-between;align-items:flex-end;font-size:6.5pt;color:${MUTED}}
`;
};

/** The phone sheet: one column, one panel a row, sized to read on a phone showing the image full width. */
const phone = (): string => `
.phone{width:${PHONE.widthPx}px;padding:${PHONE.paddingPx}px}
.phone .head{display:block;padding-bottom:12px;margin-bottom:${PHONE.paddingPx}px}
.phone .kicker{font-size:11px}
.phone .title{font-size:30px;margin-top:6px}
.phone .purpose{font-size:15px;margin-top:6px;line-height:1.35}
.phone .facts{text-align:left;font-size:13px;margin-top:8px}
.phone .panel{padding:10px;gap:${PHONE.gutterPx}px;margin-bottom:12px}
.phone .still{width:${PHONE.stillWidthPx}px;height:${Math.round((PHONE.stillWidthPx * 16) / 9)}px}
.phone .notes{font-size:${PHONE.bodyPx}px;min-height:${Math.round((PHONE.stillWidthPx * 16) / 9)}px;overflow:visible}
.phone .foot{font-size:12px;color:${MUTED};text-align:center;padding:4px 0 8px}
`;

/** The sheet's stylesheet for one layout. */
export const sheetCss = (layout: 'print' | 'phone'): string => common + (layout === 'print' ? print() : phone());
