import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BoardDocument, type BoardDocumentProps } from './BoardDocument';
import { fontFaceCss } from './font-faces';
import { sheetCss } from './styles';

/** The sheet as a standalone HTML page (fonts inlined), ready for a browser to print or capture. */
export const sheetHtml = (props: Omit<BoardDocumentProps, 'css'>): string =>
  `<!doctype html>${renderToStaticMarkup(createElement(BoardDocument, { ...props, css: `${fontFaceCss()}\n${sheetCss(props.layout)}` }))}`;
