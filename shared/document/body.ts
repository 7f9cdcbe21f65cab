import { z } from 'zod';

const SerializedNode = z.looseObject({
  type: z.string().min(1).max(64),
  version: z.number().int(),
});

/**
 * A body as Lexical serializes it. The shape is checked here; the core also parses it with
 * the real node classes before it is stored (see main/document).
 */
export const BodyDocument = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int(),
    children: z.array(SerializedNode),
  }),
});
export type BodyDocument = z.infer<typeof BodyDocument>;
