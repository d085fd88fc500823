export { loadCatalog, conventionalSceneFiles } from './catalog';
export type { Catalog, CatalogEpisode, SceneFiles } from './catalog';
