export { lineAt } from './line-layout';
