// The lessons the build renders (web/build/lessons.ts), typed where they are read: learn/lessons.ts
// and help/lessonLinks.ts.
declare module 'virtual:nnplay-lessons' {
  export const lessons: readonly unknown[];
}

declare module 'virtual:nnplay-lesson-titles' {
  /** Each lesson's number, name (its file's name without the number: "activations") and title. */
  export const lessons: readonly { number: number; name: string; title: string }[];
}
