// class-transformer keeps its metadata store at this path without a declaration beside it.
declare module 'class-transformer/cjs/storage.js' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
