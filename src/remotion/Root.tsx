import { catalog } from '../../scenes';
import { CatalogRoot } from './CatalogRoot';

/** The Studio's and the renderer's root: every series in scenes/index.ts. */
export const RemotionRoot = () => <CatalogRoot entries={catalog} />;
