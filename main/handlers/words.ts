/** words.*: the newsroom's word list and each article's ignored words, for proofing. */
import { newsroomDate } from '../../shared/format/date';
import { parseWordList, wordListText } from '../../shared/proofing/word-list';
import * as words from '../db/words';
import { emitWordsChanged } from '../events';
import type { HandlerContext, NamespaceHandlers } from './context';

export function wordHandlers({ db, events, now }: Pick<HandlerContext, 'db' | 'events' | 'now'>): NamespaceHandlers<'words'> {
  const changed = () => {
    const list = words.listNewsroomWords(db);
    emitWordsChanged(events, list.length);
    return list;
  };
  return {
    'words.list': async () => words.listNewsroomWords(db),
    'words.add': async ({ word }) => {
      words.addNewsroomWords(db, [word], now());
      return changed();
    },
    'words.remove': async ({ word }) => {
      words.removeNewsroomWord(db, word);
      return changed();
    },
    'words.import': async ({ text }) => {
      const read = parseWordList(text);
      const added = words.addNewsroomWords(db, read.words, now());
      return { added, skipped: read.skipped, words: changed() };
    },
    'words.export': async () => {
      const list = words.listNewsroomWords(db);
      return { fileName: `spalt-ordlista-${newsroomDate(now())}.txt`, text: wordListText(list), count: list.length };
    },
    'words.known': async ({ articleId }) => ({
      words: words.listNewsroomWords(db),
      names: words.knownNames(db),
      ignored: words.ignoredWords(db, articleId),
    }),
    'words.ignore': async ({ articleId, word }) => {
      words.ignoreWord(db, articleId, word);
      return { ignored: words.ignoredWords(db, articleId) };
    },
  };
}
