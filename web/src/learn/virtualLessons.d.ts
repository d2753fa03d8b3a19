// The lessons the build renders (web/build/lessons.ts), typed where they are read: lessons.ts.
declare module 'virtual:nnplay-lessons' {
  export const lessons: readonly unknown[];
}
