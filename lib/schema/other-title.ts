import { z } from "zod";

/**
 * Another English title a notice is known by (the translation file's alsoKnownAs), with the note that
 * says where it comes from. One shape from translation file to page: the plan of 2013-11 has the
 * gazette's official English title and the one it is also published under (issue 14).
 */
export const otherTitleSchema = z.object({ title: z.string().min(1), note: z.string().min(1) });
export type OtherTitle = z.infer<typeof otherTitleSchema>;
