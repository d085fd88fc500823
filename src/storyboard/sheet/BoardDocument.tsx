import { fitNotes, type NotesFit } from '../notes-fit';
import { paginate } from '../paginate';
import { PANELS_PER_PAGE, printGeometry } from '../sheet-layout';
import type { Storyboard } from '../storyboard';
import { PanelCard } from './PanelCard';
import { SheetHeader } from './SheetHeader';

/** What a sheet draws: the storyboard, one still (a URL) per panel in order, the layout, and its stylesheet. */
export type BoardDocumentProps = {
  readonly board: Storyboard;
  readonly stills: readonly string[];
  readonly layout: 'print' | 'phone';
  readonly css: string;
};

/** The phone sheet's panels grow with their notes. */
const FREE: NotesFit = { scale: 1, overflows: false };

const Footer = ({ board, page }: { readonly board: Storyboard; readonly page: string | null }) => (
  <footer className="foot">
    <span>{`${board.id} · cliffhanger storyboard`}</span>
    {page ? <span>{page}</span> : null}
  </footer>
);

/** The whole sheet as an HTML document: A4 pages of PANELS_PER_PAGE panels, or one long phone column. */
export const BoardDocument = ({ board, stills, layout, css }: BoardDocumentProps) => {
  const card = (index: number) => {
    const panel = board.panels[index];
    if (!panel) return null;
    const fit = layout === 'print' ? fitNotes({ panel, box: printGeometry().notes }) : FREE;
    return <PanelCard key={panel.number} panel={panel} still={stills[index] ?? ''} fit={fit} />;
  };
  const indexes = board.panels.map((_, i) => i);
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{`${board.id} storyboard`}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body className={layout}>
        {layout === 'print' ? (
          paginate({ items: indexes, perPage: PANELS_PER_PAGE }).map((page) => (
            <section className="page" key={page.number}>
              <SheetHeader board={board} />
              <div className="grid">{page.items.map(card)}</div>
              <Footer board={board} page={`Page ${page.number} of ${page.count}`} />
            </section>
          ))
        ) : (
          <main>
            <SheetHeader board={board} />
            {indexes.map(card)}
            <Footer board={board} page={null} />
          </main>
        )}
      </body>
    </html>
  );
};
