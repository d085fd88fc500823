export { DialogueLines } from './DialogueLines';
export { lineAt, lineFontSize, LINE_BAND } from './line-layout';
