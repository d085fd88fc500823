import type { Storyboard } from '../storyboard';

/** The heading of a sheet: series, episode and purpose on the left; panels, length and frame rate on the right. */
export const SheetHeader = ({ board }: { readonly board: Storyboard }) => (
  <header className="head">
    <div>
      <div className="kicker">{`${board.seriesTitle} · Storyboard`}</div>
      <h1 className="title">
        <span className="ep">{board.episodeLabel}</span>
        {board.episodeTitle}
      </h1>
      <p className="purpose">{board.purpose}</p>
    </div>
    <div className="facts tnum">
      <div>
        <b>{board.panels.length}</b>
        {` panels · `}
        <b>{board.length}</b>
        {` · ${board.fps} fps · 9:16`}
      </div>
      <div>Timecodes MM:SS:FF</div>
    </div>
  </header>
);
