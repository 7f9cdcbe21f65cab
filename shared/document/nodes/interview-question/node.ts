import { $createParagraphNode, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';

/** A question of an interview; the answers that follow are ordinary paragraphs opening with "– ". */
export class InterviewQuestionNode extends ElementNode {
  override $config() {
    return this.config('interview-question', { extends: ElementNode });
  }

  /** Enter after a question starts its answer, a plain paragraph. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const answer = $createParagraphNode();
    this.insertAfter(answer, restoreSelection);
    return answer;
  }

  /** Backspace at the start turns the question back into a paragraph. */
  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    return true;
  }
}
