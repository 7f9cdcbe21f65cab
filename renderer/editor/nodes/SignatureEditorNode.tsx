import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { SignatureNode, type Signature, type Signer } from '../../../shared/document/nodes/signature/node';
import { useT } from '../../i18n';
import { BlockFrame, InPlaceText } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

/** As the page signs an opinion piece: each signer's name, and the title on the line below. */
function SignatureBlock({ properties: { signers }, update }: BlockUi<Signature>) {
  const { t } = useT();
  const editable = useLexicalEditable();
  // Each change starts from the node's signers, not this render's, so quick edits never undo each other.
  const change = (edit: (current: Signer[]) => Signer[]) => update((current) => ({ signers: edit([...current.signers]) }));
  const setSigner = (index: number, patch: Partial<Signer>) =>
    change((current) => current.map((signer, i) => (i === index ? { ...signer, ...patch } : signer)));
  return (
    <BlockFrame name={t('insert.signature')} className="spalt-signature">
      {signers.map((signer, index) => (
        <p key={index} className="spalt-signer">
          <InPlaceText
            className="spalt-signer-name"
            label={t('block.signature.name', { number: index + 1 })}
            value={signer.name}
            onChange={(name) => setSigner(index, { name })}
          />
          <InPlaceText
            className="spalt-signer-title"
            label={t('block.signature.title', { number: index + 1 })}
            value={signer.title}
            onChange={(title) => setSigner(index, { title })}
          />
          <button
            type="button"
            className="spalt-block-tool"
            disabled={!editable}
            onClick={() => change((current) => current.filter((_, i) => i !== index))}
          >
            {t('block.signature.remove', { number: index + 1 })}
          </button>
        </p>
      ))}
      <button
        type="button"
        className="spalt-block-tool"
        disabled={!editable}
        onClick={() => change((current) => [...current, { name: '', title: '' }])}
      >
        {t('block.signature.add')}
      </button>
    </BlockFrame>
  );
}

export const SignatureEditorNode = editorBlockNode(SignatureNode, 'div', (ui) => <SignatureBlock {...ui} />);
