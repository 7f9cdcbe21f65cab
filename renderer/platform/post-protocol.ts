/** A call the post worker sends for the window. */
export interface PostRequest {
  id: number;
  name: string;
  body: string;
}

/** Its answer: `status` null when no answer came (the core is away), `text` null when its body could not be read. */
export interface PostAnswer {
  id: number;
  status: number | null;
  text: string | null;
}
