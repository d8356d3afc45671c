/** webpack bundles .txt files as strings (asset/source). */
declare module '*.txt' {
  const text: string;
  export default text;
}
