declare module 'virtual:backstory-dataset' {
  const dataset: import('./dataset').CompiledDataset;
  export default dataset;
}
