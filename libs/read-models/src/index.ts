export * from './employee-directory';
