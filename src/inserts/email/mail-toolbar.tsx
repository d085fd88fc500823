/** Outline icons of the mail toolbar (trash, folder, reply, compose) on a 24-unit grid. */
const ICON_PATHS = [
  'M4 6.5 h16 M9 6.5 v-2 h6 v2 M6 6.5 l1 14 h10 l1 -14',
  'M3 7 v12 h18 v-10 h-9 l-2 -2.5 h-7 z',
  'M10 5 l-7 6.5 l7 6.5 M3 11.5 h10 c5 0 8 3 8 8',
  'M13 4 h-9 v16 h16 v-9 M19 3 l2 2 l-9 9 h-2 v-2 z',
] as const;
const ICON_PX = 62;

/** The mail app's bottom toolbar, in the tint colour (decoration: it sits under the platform's UI). */
export const MailToolbar = ({ tint, bottomPx }: { readonly tint: string; readonly bottomPx: number }) => (
  <div style={{ position: 'absolute', left: 56, right: 56, bottom: bottomPx, display: 'flex', justifyContent: 'space-between' }}>
    {ICON_PATHS.map((d) => (
      <svg key={d} width={ICON_PX} height={ICON_PX} viewBox="0 0 24 24" fill="none" stroke={tint} strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round">
        <path d={d} />
      </svg>
    ))}
  </div>
);
