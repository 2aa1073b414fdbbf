/** pdfmake 0.3 ships no types (@types/pdfmake describes 0.2): what minutes-pdf.ts uses is typed there. */
declare module 'pdfmake' {
  const pdfmake: unknown;
  export default pdfmake;
}
