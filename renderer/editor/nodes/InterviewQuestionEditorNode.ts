import type { EditorConfig } from 'lexical';
import { InterviewQuestionNode } from '../../../shared/document/nodes/interview-question/node';

/** A question of an interview, set apart from the answers that follow it. */
export class InterviewQuestionEditorNode extends InterviewQuestionNode {
  override $config() {
    return this.config('interview-question', { extends: InterviewQuestionNode });
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('p');
    element.className = 'spalt-question';
    return element;
  }

  override updateDOM(): false {
    return false;
  }
}
