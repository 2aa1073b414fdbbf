/** The shape of a change (PATCH) to a record, made from the shape that creates it. */
import { z } from 'zod';

type Changes<T extends z.ZodRawShape> = {
  [K in keyof T]: T[K] extends z.ZodDefault<infer I extends z.ZodType>
    ? z.ZodOptional<I>
    : z.ZodOptional<T[K]>;
};

/**
 * The shape of a change to a record made from its input's: every field optional and none defaulted
 * (zod's partial() keeps defaults, which would reset a field the change does not name).
 */
export function changesTo<T extends z.ZodRawShape>(input: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(input.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape as Changes<T>);
}
