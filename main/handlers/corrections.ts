/** corrections.*: the log of corrections made to published articles, as a list and as CSV. */
import { correctionsLog, correctionsReport } from '../publish/corrections-report';
import type { HandlerContext, NamespaceHandlers } from './context';

export function correctionHandlers({ db }: Pick<HandlerContext, 'db'>): NamespaceHandlers<'corrections'> {
  return {
    'corrections.list': async (span) => correctionsLog(db, span),
    'corrections.report': async ({ from, to }) => correctionsReport(db, from, to),
  };
}
