import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef } from 'react';
import { FactBoxNode, type FactBox } from '../../../shared/document/nodes/fact-box/node';
import { useT } from '../../i18n';
import { leaveBlock } from './block-caret';
import { BlockFrame, InPlaceText, type Caret } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

/** Where the caret goes once the box holds `facts` facts: a fact by index (-1 the heading), so many characters in. */
interface CaretTarget {
  facts: number;
  index: number;
  offset: number;
}

function putCaret(field: HTMLTextAreaElement, offset: number): void {
  const at = Math.min(offset, field.value.length);
  field.focus();
  field.setSelectionRange(at, at);
}

/** As the page shows it: a shaded box with its heading and its facts as a bulleted list, each fact typed in place. */
function FactBoxBlock({ properties: box, update }: BlockUi<FactBox>) {
  const { t } = useT();
  const [editor] = useLexicalComposerContext();
  const heading = useRef<HTMLTextAreaElement | null>(null);
  const facts = useRef<Array<HTMLTextAreaElement | null>>([]);
  const pending = useRef<CaretTarget | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    if (target === null || target.facts !== box.items.length) return;
    const field = target.index < 0 ? heading.current : facts.current[target.index];
    if (!field) return;
    pending.current = null;
    putCaret(field, target.offset);
  });
  // Each edit starts from the node's facts, not this render's, so quick edits never undo each other.
  const edit = (change: (items: string[]) => string[], then?: (items: string[]) => Omit<CaretTarget, 'facts'>) =>
    update((current) => {
      const items = change([...current.items]);
      if (then) pending.current = { facts: items.length, ...then(items) };
      return { items };
    });

  // Several lines pasted into a fact become as many facts, the caret at the end of the last.
  const pasteFacts = (index: number, lines: string[]) =>
    edit(
      (items) => items.toSpliced(index, 1, ...lines),
      () => ({ index: index + lines.length - 1, offset: Infinity }),
    );
  const enterInFact = (index: number, { field, before, after }: Caret) => {
    if (before === '' && after === '' && index === box.items.length - 1) {
      // Enter on an empty last fact ends the list, as in a word processor; the box keeps one fact.
      if (index > 0) edit((items) => items.toSpliced(index, 1));
      leaveBlock(editor, field);
    } else
      edit(
        (items) => items.toSpliced(index, 1, before, after),
        () => ({ index: index + 1, offset: 0 }),
      );
  };
  const backspaceInFact = (index: number, { after }: Caret) => {
    if (index === 0) {
      if (after === '' && box.items.length > 1)
        edit(
          (items) => items.toSpliced(0, 1),
          () => ({ index: -1, offset: Infinity }),
        );
      else if (heading.current) putCaret(heading.current, Infinity);
      return;
    }
    edit(
      (items) => items.toSpliced(index - 1, 2, `${items[index - 1] ?? ''}${after}`),
      (items) => ({ index: index - 1, offset: (items[index - 1] ?? '').length - after.length }),
    );
  };

  return (
    <BlockFrame name={t('insert.factBox')} className="spalt-fact-box">
      <h3 className="spalt-fact-box-heading">
        <InPlaceText
          ref={heading}
          label={t('block.factBox.heading')}
          value={box.heading}
          onChange={(text) => update({ heading: text })}
          onEnter={
            box.items.length === 0
              ? () =>
                  edit(
                    () => [''],
                    () => ({ index: 0, offset: 0 }),
                  )
              : undefined
          }
        />
      </h3>
      <ul className="spalt-fact-box-facts">
        {box.items.map((item, index) => (
          <li key={index}>
            <InPlaceText
              ref={(field) => {
                facts.current[index] = field;
              }}
              label={t('block.factBox.item', { number: index + 1 })}
              value={item}
              onChange={(text) => edit((items) => items.toSpliced(index, 1, text))}
              onLines={(lines) => pasteFacts(index, lines)}
              onEnter={(caret) => enterInFact(index, caret)}
              onBackspaceAtStart={(caret) => backspaceInFact(index, caret)}
            />
          </li>
        ))}
      </ul>
    </BlockFrame>
  );
}

export const FactBoxEditorNode = editorBlockNode(FactBoxNode, 'aside', (ui) => <FactBoxBlock {...ui} />);
