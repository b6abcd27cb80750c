// What the global setup provides to every test file (vitest's inject()).
declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string;
    mongoUrl: string;
  }
}

export {};
